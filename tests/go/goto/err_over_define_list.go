package main

import "fmt"

func main() {
	goto L
	a, b := 1, 2
	fmt.Println(a, b)
L:
	fmt.Println("L")
}

// Exit: 2
// Stderr:
// err_over_define_list\.go:6:7: goto L jumps over declaration of a, b at .*err_over_define_list\.go:7:7$
// Output:
