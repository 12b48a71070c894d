// Sending on a closed channel panics.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closed")
	c <- 1
}

// Exit: 2
// Stderr:
// ^panic: send on closed channel$
// ^goroutine 1 \[running\]:$
// Output:
// closed
