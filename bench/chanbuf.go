// chanbuf.go: buffered channel throughput — a producer sends 10,000,000
// ints through a channel with room for 128 to a consumer that sums them;
// the figure is the time per element.
//
// bench: figure "per element" ns ^per element: ([0-9.]+) ns$
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 10000000
	c := make(chan int, 128)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range c {
			sum += v
		}
		done <- sum
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	sum := <-done
	elapsed := time.Since(start)
	fmt.Println("elements:", n, "sum:", sum)
	fmt.Printf("per element: %.1f ns\n", float64(elapsed.Nanoseconds())/n)
}
