package main

import "fmt"

func main() {
	var u uint = -1
	fmt.Println(u)
}

// Exit: 2
// Stderr:
// constant_overflow_uint\.go:6:15: cannot use \-1 \(untyped int constant\) as uint value in variable declaration \(overflows\)$
// Output:
