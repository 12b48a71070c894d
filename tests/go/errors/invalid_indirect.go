package main

import "fmt"

func main() {
	x := 3
	fmt.Println(*x)
}

// Exit: 2
// Stderr:
// invalid_indirect\.go:7:15: invalid operation: cannot indirect x \(variable of type int\)$
// Output:
