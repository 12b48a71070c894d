package main

import "fmt"

func main() {
	goto L
	var y, z int
	fmt.Println(y, z)
L:
	fmt.Println("L")
}

// Exit: 2
// Stderr:
// err_over_var\.go:6:7: goto L jumps over declaration of y at .*err_over_var\.go:7:6$
// Output:
