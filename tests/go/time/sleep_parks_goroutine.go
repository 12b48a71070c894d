// Sleep parks only the sleeping goroutine: 100 goroutines sleeping 200ms
// each at the same time take about 200ms in all, not 20s, even on one P.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(200 * time.Millisecond)
		}()
	}
	wg.Wait()
	d := time.Since(start)
	fmt.Println(d >= 200*time.Millisecond, d < 3*time.Second)
}

// Env: GOMAXPROCS=1
// Output:
// true true
