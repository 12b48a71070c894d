// Goroutines running different instantiations of one generic function at once.
package main

import (
	"fmt"
	"sync"
)

func SumAsync[T int | float64](xs []T, out chan<- T, wg *sync.WaitGroup) {
	defer wg.Done()
	var s T
	for _, x := range xs {
		s += x
	}
	out <- s
}

func main() {
	var wg sync.WaitGroup
	ci := make(chan int, 2)
	cf := make(chan float64, 1)
	wg.Add(3)
	go SumAsync([]int{1, 2, 3}, ci, &wg)
	go SumAsync([]int{10, 20}, ci, &wg)
	go SumAsync([]float64{0.5, 0.25}, cf, &wg)
	wg.Wait()
	a, b := <-ci, <-ci
	fmt.Println(a+b, <-cf)
}

// Output:
// 36 0.75
