// One cancel stops a whole tree of goroutines, each with a child context.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

func spawn(ctx context.Context, depth int, wg *sync.WaitGroup, stopped *atomic.Int32) {
	defer wg.Done()
	if depth > 0 {
		for i := 0; i < 2; i++ {
			child, cancel := context.WithCancel(ctx)
			defer cancel()
			wg.Add(1)
			go spawn(child, depth-1, wg, stopped)
		}
	}
	<-ctx.Done()
	stopped.Add(1)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var stopped atomic.Int32
	wg.Add(1)
	go spawn(ctx, 3, &wg, &stopped)
	cancel()
	wg.Wait()
	fmt.Println("stopped:", stopped.Load())
}

// Output:
// stopped: 15
