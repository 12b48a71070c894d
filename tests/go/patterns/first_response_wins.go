// Query several replicas and take the first answer; the buffered channel
// lets the slower replicas finish without blocking.
package main

import (
	"fmt"
	"time"
)

func replica(name string, delay time.Duration) func() string {
	return func() string {
		time.Sleep(delay)
		return name
	}
}

func first(queries ...func() string) string {
	c := make(chan string, len(queries))
	for _, q := range queries {
		go func(q func() string) { c <- q() }(q)
	}
	return <-c
}

func main() {
	fmt.Println(first(
		replica("slow", 300*time.Millisecond),
		replica("fast", 1*time.Millisecond),
		replica("medium", 150*time.Millisecond),
	))
}

// Output:
// fast
