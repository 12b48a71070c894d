// iter.Pull (on minigo's internal/coro coroutines): parks.
package main

import (
	"fmt"
	"iter"
	"time"
)

func main() {
	ticks := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Millisecond)
			ticks <- i
		}
		close(ticks)
	}()
	// the iterator blocks on a channel while the caller of next waits
	next, stop := iter.Pull(func(yield func(int) bool) {
		for t := range ticks {
			if !yield(t * 10) {
				return
			}
		}
	})
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
}

// Output:
// 0
// 10
// 20
