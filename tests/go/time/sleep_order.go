// Goroutines that sleep for different durations wake in order of their
// durations, whatever order they started in.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	for _, n := range []int{5, 2, 8, 1, 4} {
		go func() {
			time.Sleep(time.Duration(n) * 30 * time.Millisecond)
			done <- n
		}()
	}
	var order []int
	for range 5 {
		order = append(order, <-done)
	}
	fmt.Println(order)
}

// Output:
// [1 2 4 5 8]
