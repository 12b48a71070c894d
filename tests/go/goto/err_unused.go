package main

import "fmt"

func main() {
	goto A
A:
B:
	fmt.Println("B is never used")
}

// Exit: 2
// Stderr:
// err_unused\.go:8:1: label B defined and not used$
// Output:
