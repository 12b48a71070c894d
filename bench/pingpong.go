// pingpong.go: unbuffered channel ping-pong — two goroutines pass an int
// back and forth 1,000,000 times over two unbuffered channels; the figure is
// the time of one round trip (two sends, two receives, two switches).
//
// bench: figure "round trip" ns ^round trip: ([0-9.]+) ns$
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	start := time.Now()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	elapsed := time.Since(start)
	close(ping)
	<-pong
	fmt.Println("round trips:", n, "value:", v)
	fmt.Printf("round trip: %.1f ns\n", float64(elapsed.Nanoseconds())/n)
}
