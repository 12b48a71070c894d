package main

import "fmt"

func main() {
	goto L
	x := 1
	fmt.Println(x)
L:
	fmt.Println("L")
}

// Exit: 2
// Stderr:
// err_over_define\.go:6:7: goto L jumps over declaration of x at .*err_over_define\.go:7:4$
// Output:
