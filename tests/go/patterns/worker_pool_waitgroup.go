// A worker pool whose result channel is closed by a goroutine that waits for
// all workers; the consumer simply ranges over the results.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- n * n
			}
		}()
	}
	go func() {
		for i := 1; i <= 100; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println(count, sum)
}

// Output:
// 100 338350
