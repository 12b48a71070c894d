package main

import "fmt"

// swallow recovers a panic of the loop body and returns normally.
func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered:", r)
	}()
	yield(1)
}

func main() {
	for x := range swallow {
		fmt.Println("body", x)
		panic("lost")
	}
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// ^panic: runtime error: range function recovered a loop body panic and did not resume panicking$
// ^goroutine 1 \[running\]:$
// err_missing_panic\.go:18
// Output:
// body 1
// iterator recovered: lost
