package main

import "fmt"

func main() {
	goto L
	for i := 0; i < 3; i++ {
	L:
		fmt.Println(i)
	}
}

// Exit: 2
// Stderr:
// err_into_for\.go:6:7: goto L jumps into block starting at .*err_into_for\.go:7:25$
// Output:
