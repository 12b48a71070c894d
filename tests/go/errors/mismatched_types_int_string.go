package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b)
}

// Exit: 2
// Stderr:
// mismatched_types_int_string\.go:8:14: invalid operation: a \+ b \(mismatched types int and string\)$
// Output:
