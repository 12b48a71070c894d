// Closing a channel twice panics.
package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	fmt.Println("closed once")
	close(c)
}

// Exit: 2
// Stderr:
// ^panic: close of closed channel$
// ^goroutine 1 \[running\]:$
// Output:
// closed once
