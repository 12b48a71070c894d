// A channel with a buffer of one works as a lock: 1000 increments from ten
// goroutines, none lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	lock := make(chan struct{}, 1)
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}

// Output:
// 1000
