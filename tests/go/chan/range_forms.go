// Range over a channel: for v := range c, for v = range c, for range c,
// break and continue.
package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	return c
}

func main() {
	sum := 0
	for v := range gen(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	var last int
	for last = range gen(4) {
	}
	fmt.Println("last", last)

	n := 0
	for range gen(7) {
		n++
	}
	fmt.Println("count", n)

	c := gen(100)
	for v := range c {
		if v%2 == 1 {
			continue
		}
		if v > 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("still open, next is", <-c)
}

// Output:
// sum 10
// last 3
// count 7
// 0 2 4 6 
// still open, next is 9
