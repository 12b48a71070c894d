// rwmutex.go: a read-heavy sync.RWMutex — R reader goroutines (1, 2, 4, 8)
// share 2,000,000 reads of a table guarded by the lock (RLock, read,
// RUnlock); one operation in 1,000 is a write instead (Lock, update,
// Unlock), so writers come and go while readers hold the lock. The figure
// is the time per operation (wall-clock time / operations).
//
// bench: run readers=1 -- 1
// bench: run readers=2 -- 2
// bench: run readers=4 -- 4
// bench: run readers=8 -- 8
// bench: figure "op" ns/op ^rwmutex: ([0-9.]+) ns/op$
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func main() {
	readers := 4
	if len(os.Args) > 1 {
		readers, _ = strconv.Atoi(os.Args[1])
	}
	const total = 2000000
	per := total / readers
	var rw sync.RWMutex
	table := [8]int{}
	var wg sync.WaitGroup
	sums := make([]int, readers)
	start := time.Now()
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for i := 0; i < per; i++ {
				if i%1000 == 999 {
					rw.Lock()
					table[i&7]++
					rw.Unlock()
					continue
				}
				rw.RLock()
				sum += table[i&7]
				rw.RUnlock()
			}
			sums[r] = sum
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	writes := 0
	for _, v := range table {
		writes += v
	}
	fmt.Println("writes:", writes)
	fmt.Printf("rwmutex: %.1f ns/op\n", float64(elapsed.Nanoseconds())/float64(readers*per))
}
