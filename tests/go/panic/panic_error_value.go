package main

import "errors"

func main() {
	panic(errors.New("something failed"))
}

// Exit: 2
// Stderr:
// ^panic: something failed$
// ^goroutine 1 \[running\]:$
// Output:
