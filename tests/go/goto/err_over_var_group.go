package main

import "fmt"

func main() {
	goto L
	var (
		p = 1
		q = 2
	)
	fmt.Println(p, q)
L:
	fmt.Println("L")
}

// Exit: 2
// Stderr:
// err_over_var_group\.go:6:7: goto L jumps over declaration of p at .*err_over_var_group\.go:8:3$
// Output:
