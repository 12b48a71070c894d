// Goroutines that start goroutines: a parallel recursive sum over a tree of
// goroutines.
package main

import "fmt"

func sum(lo, hi int, out chan int) {
	if hi-lo <= 4 {
		s := 0
		for i := lo; i < hi; i++ {
			s += i
		}
		out <- s
		return
	}
	mid := (lo + hi) / 2
	left, right := make(chan int), make(chan int)
	go sum(lo, mid, left)
	go sum(mid, hi, right)
	out <- <-left + <-right
}

func main() {
	out := make(chan int)
	go sum(0, 1000, out)
	fmt.Println(<-out)
}

// Output:
// 499500
