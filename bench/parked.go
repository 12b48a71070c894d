// parked.go: N goroutines parked on a channel receive (N from the command
// line).  bench/run runs it with N=0 and N=100,000 and divides the
// difference of the two peak RSS figures (from /usr/bin/time -v) by 100,000:
// the memory one parked goroutine costs, seen from outside the process.
//
// bench: run N=0 -- 0
// bench: run N=100000 -- 100000
// bench: rss-per-item N=0 N=100000 100000
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func main() {
	n, err := strconv.Atoi(os.Args[1])
	if err != nil {
		panic(err)
	}
	block := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
			<-block
		}()
	}
	wg.Wait()
	// Let the last ones reach the receive and park.
	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
