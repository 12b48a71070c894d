// A deadline is a timer, not a waiting goroutine: WithTimeout starts no
// goroutine, and cancel stops the timer.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func main() {
	before := runtime.NumGoroutine()
	var cancels []context.CancelFunc
	for i := 0; i < 100; i++ {
		_, cancel := context.WithTimeout(context.Background(), time.Hour)
		cancels = append(cancels, cancel)
	}
	fmt.Println("goroutines added:", runtime.NumGoroutine()-before)
	for _, cancel := range cancels {
		cancel()
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	cancel()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("canceled before the deadline:", ctx.Err())
}

// Output:
// goroutines added: 0
// canceled before the deadline: context canceled
