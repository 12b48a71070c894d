package main

x := 1

func main() {}

// Exit: 2
// Stderr:
// syntax_non_declaration_outside_func\.go:3:1: syntax error: non\-declaration statement outside function body$
// Output:
