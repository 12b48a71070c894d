// workers.go: the program tests/trace_check.py traces. Four workers on
// GOMAXPROCS=2, each CPU-bound for longer than sysmon's 10 ms slice (so
// at least one is preempted), send their results to main over a channel.
package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- work(4000000 * (i + 1))
		}(i)
	}
	wg.Wait()
	close(ch)
	t := 0
	for v := range ch {
		t += v
	}
	fmt.Println(t)
}
