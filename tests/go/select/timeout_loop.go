// A loop that receives until the source goes quiet: time.After in each round
// gives the idle timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i
		}
	}()
	for {
		select {
		case v := <-c:
			fmt.Println("got", v)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("idle: timeout")
			return
		}
	}
}

// Output:
// got 1
// got 2
// got 3
// idle: timeout
