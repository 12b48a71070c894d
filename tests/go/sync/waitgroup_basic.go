// Wait returns once every Add has been matched by a Done; results written
// before Done are seen after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares)
	wg.Wait() // a zero counter: returns at once
	fmt.Println("again")
}

// Output:
// [0 1 4 9 16 25 36 49 64 81]
// again
