package main

import (
	"fmt"
	"sync"
)

// goto loops in several goroutines at once, each with its own counters.
func count(id, n int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	i, sum := 0, 0
L:
	if i < n {
		sum += i
		i++
		goto L
	}
	out[id] = sum
}

func main() {
	out := make([]int, 4)
	var wg sync.WaitGroup
	for id := range 4 {
		wg.Add(1)
		go count(id, (id+1)*1000, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)
}

// Output:
// [499500 1999000 4498500 7998000]
