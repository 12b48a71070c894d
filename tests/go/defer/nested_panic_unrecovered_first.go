// The inner panic is recovered, the first is not: the program dies of the
// first, and the recovered one is not in the report.
package main

import "fmt"

func main() {
	defer func() {
		defer func() { fmt.Println("inner", recover()) }()
		panic("second")
	}()
	panic("first")
}

// Exit: 2
// Stderr:
// ^panic: first$
// ^goroutine 1 \[running\]:$
// Output:
// inner second
