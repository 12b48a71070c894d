// Timeouts with select and time.After (Go by Example): a slow call times
// out, a fast one returns in time.
package main

import (
	"fmt"
	"time"
)

func call(d time.Duration, name string) <-chan string {
	c := make(chan string, 1) // buffered: the late sender does not leak blocked
	go func() {
		time.Sleep(d)
		c <- name
	}()
	return c
}

func main() {
	select {
	case r := <-call(300*time.Millisecond, "slow"):
		fmt.Println(r)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case r := <-call(10*time.Millisecond, "fast"):
		fmt.Println(r)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 2")
	}
}

// Output:
// timeout 1
// fast
