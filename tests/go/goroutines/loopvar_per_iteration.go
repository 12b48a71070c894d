// loopvar: go1.22 semantics; go1.19 differs
// Go 1.22: each iteration has its own loop variable, so goroutines started in
// a loop see their own i.
package main

import "fmt"

func main() {
	out := make(chan int)
	for i := 0; i < 5; i++ {
		go func() {
			out <- i
		}()
	}
	for range 5 {
		fmt.Println(<-out)
	}
}

// Unordered output:
// 0
// 1
// 2
// 3
// 4
