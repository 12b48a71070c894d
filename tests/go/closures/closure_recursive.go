package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(depth int) int
	walk = func(depth int) int {
		if depth == 0 {
			return 1
		}
		return 2 * walk(depth-1)
	}
	fmt.Println(walk(10))
}

// Output:
// 6765
// 1024
