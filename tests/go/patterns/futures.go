// Futures: start computations at once and collect the results later, in the
// order they were asked for.
package main

import "fmt"

func future(f func() int) <-chan int {
	c := make(chan int, 1)
	go func() { c <- f() }()
	return c
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var fs []<-chan int
	for _, n := range []int{20, 5, 15, 10} {
		fs = append(fs, future(func() int { return fib(n) }))
	}
	for _, f := range fs {
		fmt.Println(<-f)
	}
}

// Output:
// 6765
// 5
// 610
// 55
