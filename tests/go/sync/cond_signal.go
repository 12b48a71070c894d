// A bounded queue with two Conds: a producer waits while it is full, a
// consumer while it is empty; Signal wakes one waiter.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	notEmpty := sync.NewCond(&mu)
	notFull := sync.NewCond(&mu)
	var queue []int
	const limit = 3
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 20; i++ {
			mu.Lock()
			for len(queue) == limit {
				notFull.Wait()
			}
			queue = append(queue, i)
			notEmpty.Signal()
			mu.Unlock()
		}
	}()
	sum, max := 0, 0
	for n := 0; n < 20; n++ {
		mu.Lock()
		for len(queue) == 0 {
			notEmpty.Wait()
		}
		if len(queue) > max {
			max = len(queue)
		}
		sum += queue[0]
		queue = queue[1:]
		notFull.Signal()
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println("sum:", sum, "queue never longer than", limit, ":", max <= limit)
}

// Output:
// sum: 210 queue never longer than 3 : true
