package main

import "fmt"

func main() {
	n := 1
	goto L
	if n > 0 {
	} else if n < 0 {
	L:
		fmt.Println("L")
	}
}

// Exit: 2
// Stderr:
// err_into_else\.go:7:7: goto L jumps into block starting at .*err_into_else\.go:9:18$
// Output:
