// A ticker delivers ticks at a fixed period until it is stopped; a done
// channel ends the loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			case <-ticker.C:
				n++
				if n == 5 {
					ticker.Stop()
					ticks <- n
					return
				}
			}
		}
	}()
	fmt.Println("ticks:", <-ticks)
	fmt.Println("took at least 40ms:", time.Since(start) >= 40*time.Millisecond)
	close(done)
}

// Output:
// ticks: 5
// took at least 40ms: true
