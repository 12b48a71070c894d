// Several producers and consumers on one buffered channel: every value
// arrives once, and each producer's values arrive in the order sent.
package main

import (
	"fmt"
	"sync"
)

type item struct{ prod, seq int }

func main() {
	c := make(chan item, 8)
	const P, C, N = 4, 3, 2000
	var wg sync.WaitGroup
	for p := 0; p < P; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < N; i++ {
				c <- item{p, i}
			}
		}(p)
	}
	results := make(chan []item, C)
	for k := 0; k < C; k++ {
		go func() {
			var got []item
			for it := range c {
				got = append(got, it)
			}
			results <- got
		}()
	}
	wg.Wait()
	close(c)
	total := 0
	ok := true
	for k := 0; k < C; k++ {
		got := <-results
		total += len(got)
		last := make([]int, P)
		for i := range last {
			last[i] = -1
		}
		for _, it := range got {
			if it.seq <= last[it.prod] {
				ok = false
			}
			last[it.prod] = it.seq
		}
	}
	fmt.Println(total, ok)
}

// Output:
// 8000 true
