// whispers.go: Rob Pike's daisy chain ("Chinese whispers", Go Concurrency
// Patterns, 2012) with 1,000 stages: 1,000 goroutines joined by unbuffered
// channels, each adding 1 to what it hears.  3,000 values go down the chain
// one after another (3,000,000 hand-offs); the figure is the time per
// hand-off, chain set-up included.
//
// bench: figure "per hand-off" ns ^per hand-off: ([0-9.]+) ns$
package main

import (
	"fmt"
	"time"
)

func whisper(left, right chan int) {
	for v := range right {
		left <- v + 1
	}
	close(left)
}

func main() {
	const stages = 1000
	const values = 3000
	start := time.Now()
	leftmost := make(chan int)
	left := leftmost
	var right chan int
	for i := 0; i < stages; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan int) {
		for i := 0; i < values; i++ {
			c <- i
		}
		close(c)
	}(right)
	sum := 0
	first := -1
	for v := range leftmost {
		if first < 0 {
			first = v
		}
		sum += v
	}
	elapsed := time.Since(start)
	fmt.Println("stages:", stages, "first:", first, "sum:", sum)
	fmt.Printf("per hand-off: %.1f ns\n", float64(elapsed.Nanoseconds())/(stages*values))
}
