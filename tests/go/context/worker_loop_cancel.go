// A worker loops until its context is canceled, checking Done each round.
package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		if v == 4 {
			cancel()
			break
		}
		fmt.Println(v)
	}
	for range out {
		// drain until the worker sees the cancel and closes out
	}
	fmt.Println("worker stopped")
}

// Output:
// 0
// 1
// 2
// 3
// worker stopped
