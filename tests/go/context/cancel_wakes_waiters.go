// cancel closes Done, which wakes every goroutine waiting on it.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-ctx.Done()
			stopped <- id
		}(i)
	}
	cancel()
	wg.Wait()
	close(stopped)
	sum := 0
	for id := range stopped {
		sum += id
	}
	fmt.Println("stopped workers, ids sum to", sum)
}

// Output:
// stopped workers, ids sum to 15
