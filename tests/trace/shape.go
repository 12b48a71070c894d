// shape.go: a program whose trace has a known shape, for
// tests/trace_browser.py. Run with GOMAXPROCS=2: main starts four workers
// at once (so the idle P is likely to steal some from main's P), then
// waits for them on a WaitGroup.
//
//	cruncher  spins 40 ms without blocking: sysmon preempts it (10 ms)
//	producer  sends 100 values on an unbuffered channel
//	consumer  receives them: it and producer park and wake each other
//	sleeper   sleeps 5 ms (a timer readies it), then recurses 2000
//	          calls deep (its stack grows)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func spin(d time.Duration) int {
	start := time.Now()
	n := 0
	for time.Since(start) < d {
		n++
	}
	return n
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func cruncher(wg *sync.WaitGroup) {
	defer wg.Done()
	spin(40 * time.Millisecond)
}

func producer(ch chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 100; i++ {
		ch <- i
	}
	close(ch)
}

func consumer(ch <-chan int, sum *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range ch {
		*sum += v
	}
}

func sleeper(deep *int, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(5 * time.Millisecond)
	*deep = depth(2000)
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	sum, deep := 0, 0
	wg.Add(4)
	go cruncher(&wg)
	go producer(ch, &wg)
	go consumer(ch, &sum, &wg)
	go sleeper(&deep, &wg)
	wg.Wait()
	runtime.GC()
	fmt.Println(sum, deep, runtime.GOMAXPROCS(0))
}
