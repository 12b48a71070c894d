package main

import "fmt"

// wrap converts a panic of the loop body into a panic of its own: the
// loop's panic goes on, so this is no misuse.
func wrap(yield func(int) bool) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("wrapped: ", r))
		}
	}()
	yield(7)
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	for x := range wrap {
		panic(x)
	}
}

// Output:
// main recovered: wrapped: 7
