package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for x := range keep {
		fmt.Println("body", x)
	}
	fmt.Println("loop done")
	saved(2)
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// ^panic: runtime error: range function continued iteration after whole loop exit$
// ^main\.main-range1\(
// Output:
// body 1
// loop done
