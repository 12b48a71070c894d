// Parallel work with results written by index: the output order is the
// input order, whatever order the goroutines finish in.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	upper := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			upper[i] = strings.ToUpper(w)
		}(i, w)
	}
	wg.Wait()
	fmt.Println(strings.Join(upper, " "))
}

// Output:
// ALPHA BETA GAMMA DELTA EPSILON
