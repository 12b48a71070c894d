// Since(t) is Now().Sub(t); Until(t) is t.Sub(Now()).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	deadline := start.Add(time.Hour)
	u := time.Until(deadline)
	fmt.Println(u > 59*time.Minute, u <= time.Hour)
	past := start.Add(-2 * time.Second)
	s := time.Since(past)
	fmt.Println(s >= 2*time.Second, s < 3*time.Second)
	fmt.Println(time.Until(past) < 0, time.Since(deadline) < 0)
}

// Output:
// true true
// true true
// true true
