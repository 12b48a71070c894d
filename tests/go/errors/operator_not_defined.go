package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(!s)
}

// Exit: 2
// Stderr:
// operator_not_defined\.go:7:15: invalid operation: operator ! not defined on s \(variable of type string\)$
// Output:
