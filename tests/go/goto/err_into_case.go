package main

import "fmt"

func main() {
	n := 1
	goto L
	switch n {
	case 1:
	L:
		fmt.Println("one")
	}
}

// Exit: 2
// Stderr:
// err_into_case\.go:7:7: goto L jumps into block starting at .*err_into_case\.go:9:2$
// Output:
