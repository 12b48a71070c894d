// Closures inside generic functions capture values of type T and run in goroutines.
package main

import (
	"fmt"
	"sync"
)

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(x)
		}()
	}
	wg.Wait()
	return out
}

func main() {
	fmt.Println(ParallelMap([]int{1, 2, 3, 4}, func(n int) string { return fmt.Sprint(n * 11) }))
	fmt.Println(ParallelMap([]string{"a", "bb"}, func(s string) int { return len(s) }))
}

// Output:
// [11 22 33 44]
// [1 2]
