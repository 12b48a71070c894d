package main

import "fmt"

func main() {
L:
	fmt.Println("L")
	for {
		break L
	}
}

// Exit: 2
// Stderr:
// err_break_label_not_enclosing\.go:9:9: invalid break label L$
// Output:
