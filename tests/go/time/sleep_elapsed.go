// time.Sleep waits at least the duration; Since measures it with the
// monotonic clock. Sleep(0) and negative durations return at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	d := time.Since(start)
	fmt.Println(d >= 50*time.Millisecond, d < 2*time.Second)

	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Hour)
	fmt.Println(time.Since(start) < time.Second)
}

// Output:
// true true
// true
