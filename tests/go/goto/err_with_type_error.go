package main

import "fmt"

func main() {
	goto L
	x := 1
L:
	var s string = 5
	fmt.Println(x, s)
}

// Exit: 2
// Stderr:
// err_with_type_error\.go:6:7: goto L jumps over declaration of x at .*err_with_type_error\.go:7:4$
// err_with_type_error\.go:9:17: cannot use 5 \(untyped int constant\) as string value in variable declaration$
// Output:
