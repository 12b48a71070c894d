// Children made and canceled from many goroutines while the parent is
// canceled: every child ends canceled, none is left open, nothing deadlocks.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	for round := 0; round < 20; round++ {
		parent, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		var mu sync.Mutex
		var kept []context.Context
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 50; i++ {
					var c context.Context
					var cc context.CancelFunc
					if i%3 == 0 {
						c, cc = context.WithTimeout(parent, time.Hour)
					} else {
						c, cc = context.WithCancel(parent)
					}
					if i%2 == 0 {
						cc()
						cc()
					} else {
						mu.Lock()
						kept = append(kept, c)
						mu.Unlock()
					}
				}
			}(g)
			if g == 4 {
				cancel()
			}
		}
		wg.Wait()
		cancel()
		for _, c := range kept {
			<-c.Done()
			if c.Err() != context.Canceled {
				fmt.Println("round", round, "bad error", c.Err())
			}
		}
	}
	fmt.Println("ok")
}

// Output:
// ok
