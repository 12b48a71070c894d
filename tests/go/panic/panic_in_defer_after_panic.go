package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}

// Exit: 2
// Stderr:
// ^panic: first$
// ^\tpanic: second$
// ^goroutine 1 \[running\]:$
// Output:
// start
