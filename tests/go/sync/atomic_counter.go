// Atomic adds from many goroutines lose no update; a CAS loop computes a
// running maximum.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var count atomic.Int32
	var max int32
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				atomic.AddInt64(&total, 2)
				count.Add(1)
				v := int32(g*200 + i)
				for {
					old := atomic.LoadInt32(&max)
					if v <= old || atomic.CompareAndSwapInt32(&max, old, v) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&total), count.Load(), atomic.LoadInt32(&max))
}

// Output:
// 20000 10000 9999
