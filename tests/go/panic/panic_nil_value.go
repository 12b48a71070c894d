package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		panic(r)
	}()
	panic(nil)
}

// Exit: 2
// Stderr:
// ^panic: panic called with nil argument \[recovered, repanicked\]$
// ^goroutine 1 \[running\]:$
// Output:
// *runtime.PanicNilError
