package main

import "fmt"

func main() {
	goto L
	if true {
	L:
		fmt.Println("L")
	}
}

// Exit: 2
// Stderr:
// err_into_if\.go:6:7: goto L jumps into block starting at .*err_into_if\.go:7:10$
// Output:
