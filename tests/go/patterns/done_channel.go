// The done channel: closing it tells a generator to stop, so it does not leak.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := counter(done)
	for i := 0; i < 5; i++ {
		fmt.Println(<-c)
	}
	close(done)
	for range c {
	}
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}

// Output:
// 0
// 1
// 2
// 3
// 4
// goroutines left: 1
