// A generic worker pool: jobs of T, results of R, goroutines and a WaitGroup.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func Pool[T, R any](workers int, jobs []T, f func(T) R) []R {
	in := make(chan T)
	out := make(chan R, len(jobs))
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- f(j)
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	var rs []R
	for r := range out {
		rs = append(rs, r)
	}
	return rs
}

func main() {
	squares := Pool(4, []int{1, 2, 3, 4, 5, 6, 7, 8}, func(n int) int { return n * n })
	sort.Ints(squares)
	fmt.Println(squares)
	lens := Pool(2, []string{"a", "bb", "ccc"}, func(s string) string { return fmt.Sprint(len(s)) })
	sort.Strings(lens)
	fmt.Println(lens)
}

// Output:
// [1 4 9 16 25 36 49 64]
// [1 2 3]
