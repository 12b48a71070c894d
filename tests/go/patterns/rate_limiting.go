// Rate limiting (Go by Example): a ticker paces request handling to one every
// 10ms; a buffered channel filled in advance allows a burst of three.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now()
	limiter := time.NewTicker(10 * time.Millisecond)
	defer limiter.Stop()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("paced:", time.Since(start) >= 40*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(10 * time.Millisecond) {
			bursty <- t
		}
	}()
	start = time.Now()
	quick := 0
	for i := 0; i < 3; i++ {
		select {
		case <-bursty:
			quick++
		default:
		}
	}
	fmt.Println("burst available at once:", quick)
	<-bursty
	<-bursty
	fmt.Println("then paced:", time.Since(start) >= 15*time.Millisecond)
}

// Output:
// request 1
// request 2
// request 3
// request 4
// request 5
// paced: true
// burst available at once: 3
// then paced: true
