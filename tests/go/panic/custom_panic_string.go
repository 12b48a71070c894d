package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	panic("boom")
}

// Exit: 2
// Stderr:
// ^panic: boom$
// ^goroutine 1 \[running\]:$
// Output:
// about to panic
