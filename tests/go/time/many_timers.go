// A thousand timers with different durations, started at once, all fire;
// each one's value comes no sooner than its duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	const n = 1000
	type result struct {
		ok bool
	}
	results := make(chan result, n)
	for i := 0; i < n; i++ {
		d := time.Duration(i%50) * time.Millisecond
		go func() {
			v := <-time.After(d)
			results <- result{v.Sub(start) >= d}
		}()
	}
	good := 0
	for i := 0; i < n; i++ {
		if (<-results).ok {
			good++
		}
	}
	fmt.Println(good)
}

// Output:
// 1000
