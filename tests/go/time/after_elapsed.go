// <-time.After(d) receives, no sooner than d, the time at which the timer
// fired: a Time with a monotonic reading, in the Local zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	v := <-time.After(30 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 30*time.Millisecond, elapsed < 2*time.Second)
	fmt.Println(v.Sub(start) >= 30*time.Millisecond, !v.After(time.Now()), v.Location())
}

// Output:
// true true
// true true Local
