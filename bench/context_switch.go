// context_switch.go: /work/shared/acceptance/seed_context_switch.go unchanged
// apart from these lines: two goroutines hand a token back and forth over
// an unbuffered channel 200,000 times; the program prints the time of one
// switch in ns/op.
//
// bench: figure "per switch" ns/op ^([0-9]+) ns/op$
// From the seed "Goroutines, Context Switching, and sync.WaitGroup": the cost
// of switching between two goroutines that hand a token back and forth.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 200000
	var wg sync.WaitGroup
	begin := make(chan struct{})
	c := make(chan struct{})

	var token struct{}
	sender := func() {
		defer wg.Done()
		<-begin
		for i := 0; i < n; i++ {
			c <- token
		}
	}
	receiver := func() {
		defer wg.Done()
		<-begin
		for i := 0; i < n; i++ {
			<-c
		}
	}

	wg.Add(2)
	go sender()
	go receiver()
	start := time.Now()
	close(begin)
	wg.Wait()
	perSwitch := time.Since(start) / (2 * n)
	fmt.Println("switches:", 2*n)
	fmt.Println("per switch under 10µs:", perSwitch < 10*time.Microsecond)
	fmt.Printf("%d ns/op\n", perSwitch.Nanoseconds())
}

// Output (regexp):
// switches: 400000
// per switch under 10µs: true
// [0-9]+ ns/op
