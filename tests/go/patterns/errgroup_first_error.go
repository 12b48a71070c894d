// Run tasks concurrently and keep the first error; a context tells the other
// tasks to stop early.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error
	stoppedEarly := make(chan bool, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if id == 2 {
				once.Do(func() {
					firstErr = errors.New("task 2 failed")
					cancel()
				})
				return
			}
			select {
			case <-ctx.Done():
				stoppedEarly <- true
			case <-time.After(5 * time.Second):
				stoppedEarly <- false
			}
		}(i)
	}
	wg.Wait()
	close(stoppedEarly)
	n := 0
	for s := range stoppedEarly {
		if s {
			n++
		}
	}
	fmt.Println("error:", firstErr)
	fmt.Println("others stopped early:", n)
}

// Output:
// error: task 2 failed
// others stopped early: 4
