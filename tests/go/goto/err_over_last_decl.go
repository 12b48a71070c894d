package main

import "fmt"

func main() {
	goto L
	a := 1
	b := 2
	fmt.Println(a, b)
L:
	fmt.Println("L")
}

// Exit: 2
// Stderr:
// err_over_last_decl\.go:6:7: goto L jumps over declaration of b at .*err_over_last_decl\.go:8:4$
// Output:
