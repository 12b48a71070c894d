package main

import "fmt"

func main() {
	a, b := []int{1}, []int{1}
	fmt.Println(a == b)
}

// Exit: 2
// Stderr:
// slice_compare\.go:7:14: invalid operation: a == b \(slice can only be compared to nil\)$
// Output:
