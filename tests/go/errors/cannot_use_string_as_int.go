package main

import "fmt"

func main() {
	var n int
	n = "a"
	fmt.Println(n)
}

// Exit: 2
// Stderr:
// cannot_use_string_as_int\.go:7:6: cannot use "a" \(untyped string constant\) as int value in assignment$
// Output:
