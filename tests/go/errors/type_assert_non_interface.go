package main

import "fmt"

func main() {
	x := 5
	v, ok := x.(int)
	fmt.Println(v, ok)
}

// Exit: 2
// Stderr:
// type_assert_non_interface\.go:7:11: invalid operation: x \(variable of type int\) is not an interface$
// Output:
