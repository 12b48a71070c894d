package main

import "fmt"

func main() {
	panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
}

// Exit: 2
// Stderr:
// ^panic: wrapped: inner$
// ^goroutine 1 \[running\]:$
// Output:
