package main

import "fmt"

func main() {
	var x int8 = 300
	fmt.Println(x)
}

// Exit: 2
// Stderr:
// constant_overflow_int8\.go:6:15: cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)$
// Output:
