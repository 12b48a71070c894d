// Closing a channel while a goroutine is blocked sending on it makes that
// send panic.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("closing")
	close(c)
	time.Sleep(2 * time.Second)
}

// Exit: 2
// Stderr:
// ^panic: send on closed channel$
// ^goroutine [0-9]+ \[running\]:$
// Output:
// closing
