// Closing a channel wakes every goroutine blocked receiving from it: a
// broadcast.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			_, ok := <-start
			if !ok {
				results <- id
			}
		}(i)
	}
	close(start)
	wg.Wait()
	close(results)
	sum := 0
	for id := range results {
		sum += id
	}
	fmt.Println("all woken, ids sum to", sum)
}

// Output:
// all woken, ids sum to 45
