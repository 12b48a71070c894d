package main

import "fmt"

// A variable declared before the label is the same variable on every
// pass: the closures all see its last value.
func main() {
	var fs []func() int
	x := 0
L:
	fs = append(fs, func() int { return x })
	x++
	if x < 3 {
		goto L
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 3
// 3
// 3
