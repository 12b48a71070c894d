package main

import "fmt"

func main() {
L:
	fmt.Println("L")
	func() {
		goto L
	}()
}

// Exit: 2
// Stderr:
// err_closure_label\.go:6:1: label L defined and not used$
// err_closure_label\.go:9:8: label L not defined$
// Output:
