// Closing a nil channel panics.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("closing nil")
	close(c)
}

// Exit: 2
// Stderr:
// ^panic: close of nil channel$
// ^goroutine 1 \[running\]:$
// Output:
// closing nil
