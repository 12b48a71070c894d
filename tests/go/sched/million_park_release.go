// A million goroutines park on a WaitGroup and are all released (issue 4:
// goroutines are cheap: about 0.85 KB each in minigo, peak RSS ~840 MB).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000000
	var gate, started, wg sync.WaitGroup
	gate.Add(1)
	started.Add(n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			gate.Wait()
			wg.Done()
		}()
	}
	started.Wait()
	fmt.Println("parked:", runtime.NumGoroutine()-1)
	gate.Done()
	wg.Wait()
	// the last goroutines may still be returning after their Done
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("released, left:", runtime.NumGoroutine())
}

// Output:
// parked: 1000000
// released, left: 1
