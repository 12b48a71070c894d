package main

import "fmt"

func main() {
	if true {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
}

// Exit: 2
// Stderr:
// syntax_else_newline\.go:9:2: syntax error: unexpected keyword else, expected \}$
// Output:
