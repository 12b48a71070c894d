package main

import "fmt"

func main() {
	if true {
		goto L
	}
	x := 1
	fmt.Println(x)
L:
	fmt.Println("L")
}

// Exit: 2
// Stderr:
// err_over_decl_from_inner\.go:7:8: goto L jumps over declaration of x at .*err_over_decl_from_inner\.go:9:4$
// Output:
