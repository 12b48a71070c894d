// Two producers and one consumer selecting over both: every value arrives
// exactly once.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 500; i++ {
			a <- 1
		}
		close(a)
	}()
	go func() {
		for i := 0; i < 500; i++ {
			b <- 2
		}
		close(b)
	}()
	fromA, fromB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
			} else {
				fromA += v
			}
		case v, ok := <-b:
			if !ok {
				b = nil
			} else {
				fromB += v
			}
		}
	}
	fmt.Println(fromA, fromB)
}

// Output:
// 500 1000
