package main

import "fmt"

type T struct{ S []int }

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}

// Exit: 2
// Stderr:
// invalid_struct_compare\.go:9:14: invalid operation: a == b \(struct containing \[\]int cannot be compared\)$
// Output:
