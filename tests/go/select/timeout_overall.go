// One deadline for a whole loop: the time.After channel is made once, before
// the loop, and the loop stops when it fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(5 * time.Millisecond)
		}
	}()
	deadline := time.After(100 * time.Millisecond)
	n := 0
	for {
		select {
		case <-ticks:
			n++
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("stopped by deadline; received some:", n > 0, "but not too many:", n < 40)
}

// Output:
// stopped by deadline; received some: true but not too many: true
