package main

import "fmt"

func main() {
	x := 1
	y := 2.5
	fmt.Println(x + y)
}

// Exit: 2
// Stderr:
// mismatched_int_float64\.go:8:14: invalid operation: x \+ y \(mismatched types int and float64\)$
// Output:
