package main

import "fmt"

func main() {
	x := 1
	x = append(x, 2)
	fmt.Println(x)
}

// Exit: 2
// Stderr:
// append_non_slice\.go:7:13: invalid append: argument must be a slice; have x \(variable of type int\)$
// Output:
