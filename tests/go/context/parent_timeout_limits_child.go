// A child cannot outlive its parent: a child with a long timeout ends with
// DeadlineExceeded when its parent's short timeout expires.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	start := time.Now()
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("well before an hour:", time.Since(start) < 10*time.Second)
}

// Output:
// child: context deadline exceeded
// well before an hour: true
