package main

import "fmt"

func main() {
	fmt.Println((1 + 2)
}

// Exit: 2
// Stderr:
// syntax_missing_paren\.go:6:21: syntax error: unexpected newline in argument list; possibly missing comma or \)$
// Output:
