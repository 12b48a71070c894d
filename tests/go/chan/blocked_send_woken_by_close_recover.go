// A blocked sender woken by close panics where it sent; the panic can be
// recovered by that goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
		c <- 1
		fmt.Println("not reached")
	}()
	time.Sleep(20 * time.Millisecond) // the sender is blocked by now
	close(c)
	fmt.Println(<-done)
}

// Output:
// recovered: send on closed channel
