// Fan-out: several workers read one input channel. Fan-in: a merge function
// joins their outputs, closing the result once every worker is done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				out <- n
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen(10)
	results := []int{}
	for n := range merge(square(in), square(in), square(in)) {
		results = append(results, n)
	}
	sort.Ints(results)
	fmt.Println(results)
}

// Output:
// [1 4 9 16 25 36 49 64 81 100]
