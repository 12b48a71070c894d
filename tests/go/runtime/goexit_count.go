// Goroutines ended by Goexit are gone from runtime.NumGoroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.Goexit()
		}()
	}
	wg.Wait()
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(runtime.NumGoroutine())
}

// Output:
// 1
