// Broadcast wakes every goroutine waiting on a Cond; Signal with nobody
// waiting does nothing.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	start := false
	waiting := 0
	woken := 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !start {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 6 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	start = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken:", woken)
}

// Output:
// woken: 6
