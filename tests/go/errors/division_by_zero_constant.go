package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
}

// Exit: 2
// Stderr:
// division_by_zero_constant\.go:7:18: invalid operation: division by zero$
// Output:
