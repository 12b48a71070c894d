package main

import "fmt"

func main() {
	fmt.Println("a"
		"b")
}

// Exit: 2
// Stderr:
// syntax_missing_comma\.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or \)$
// Output:
