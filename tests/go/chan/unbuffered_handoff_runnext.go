// An unbuffered send to a waiting receiver hands the value over and makes
// the receiver run next, but the sender keeps running until it blocks
// (GOMAXPROCS=1 makes the order deterministic).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range c {
			fmt.Println("recv", v)
		}
		done <- true
	}()
	runtime.Gosched() // the receiver runs and waits in <-c
	c <- 1
	fmt.Println("sender runs on after the hand-off")
	c <- 2
	fmt.Println("sent 2")
	close(c)
	<-done
}

// Env: GOMAXPROCS=1
// Output:
// sender runs on after the hand-off
// recv 1
// recv 2
// sent 2
