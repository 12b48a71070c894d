package main

import "fmt"

// stubborn ignores what yield returns.
func stubborn(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range stubborn {
		fmt.Println("got", x)
		break
	}
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// ^panic: runtime error: range function continued iteration after function for loop body returned false$
// ^main\.main-range1\(
// ^main\.stubborn\(
// err_continued_after_false\.go:8
// Output:
// got 1
