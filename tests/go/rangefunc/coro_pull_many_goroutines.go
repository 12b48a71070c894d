// iter.Pull (on minigo's internal/coro coroutines): many goroutines.
package main

import (
	"fmt"
	"iter"
	"runtime"
	"sync"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if i%97 == 0 {
				runtime.Gosched()
			}
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var wg sync.WaitGroup
	sums := make([]int, 64)
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next, stop := iter.Pull(count(2000))
			defer stop()
			for {
				v, ok := next()
				if !ok {
					break
				}
				sums[g] += v
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	// a goroutine that called wg.Done may still be on its way out (Go has
	// the same window): let them finish; Pull's coroutines would stay
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		runtime.Gosched()
	}
	fmt.Println(total, runtime.NumGoroutine())
}


// Output:
// 127936000 1
