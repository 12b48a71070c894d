package main

import "fmt"

func main() {
	{
	L:
		fmt.Println("L")
	}
	goto L
}

// Exit: 2
// Stderr:
// err_backward_into_block\.go:10:7: goto L jumps into block starting at .*err_backward_into_block\.go:6:2$
// Output:
