package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("oops")
}

// Exit: 2
// Stderr:
// ^panic: oops \[recovered, repanicked\]$
// ^goroutine 1 \[running\]:$
// Output:
// recovered oops
