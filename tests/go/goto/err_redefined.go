package main

import "fmt"

func main() {
	goto L
L:
	fmt.Println(1)
L:
	fmt.Println(2)
}

// Exit: 2
// Stderr:
// err_redefined\.go:9:1: label L already defined at .*err_redefined\.go:7:1$
// Output:
