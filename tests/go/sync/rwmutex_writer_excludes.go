// A writer excludes readers and other writers: readers never see a pair
// half updated, and every write is counted.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	a, b := 0, 0
	bad := 0
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				a++
				for k := 0; k < 10; k++ {
				}
				b++
				rw.Unlock()
			}
		}()
	}
	var mu sync.Mutex
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				if a != b {
					mu.Lock()
					bad++
					mu.Unlock()
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(a, b, "torn reads:", bad)
}

// Output:
// 2000 2000 torn reads: 0
