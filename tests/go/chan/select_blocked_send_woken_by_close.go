// A goroutine blocked in a select sending on a channel that is then
// closed panics with "send on closed channel".
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	other := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(c)
	}()
	fmt.Println("blocking")
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-other:
		fmt.Println("other")
	}
}

// Exit: 2
// Stderr:
// ^panic: send on closed channel$
// ^goroutine 1 \[running\]:$
// Output:
// blocking
