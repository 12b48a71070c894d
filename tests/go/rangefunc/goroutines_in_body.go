package main

import (
	"fmt"
	"sort"
	"sync"
)

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	for x := range upTo(5) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, x*x)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}

// Output:
// [0 1 4 9 16]
