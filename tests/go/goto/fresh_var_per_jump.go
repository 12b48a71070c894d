package main

import "fmt"

// A variable declared after the label is a new variable each time its
// declaration runs: each closure sees its own x.
func main() {
	var fs []func() int
	i := 0
L:
	x := i * 10
	fs = append(fs, func() int { return x })
	i++
	if i < 3 {
		goto L
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 0
// 10
// 20
