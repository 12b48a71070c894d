package main

import "fmt"

func main() {
	fmt.Println("a")

// Exit: 2
// Stderr:
// syntax_missing_brace\.go:12:1: syntax error: unexpected EOF, expected \}$
// Output:
