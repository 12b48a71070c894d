// fib.go: recursive function calls, the classic interpreter workout.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for _, n := range []int{0, 1, 2, 10, 20} {
		fmt.Printf("fib(%d)=%d\n", n, fib(n))
	}
	fmt.Printf("fib(30)=%d\n", fib(30))
}

// Output:
// fib(0)=0
// fib(1)=1
// fib(2)=1
// fib(10)=55
// fib(20)=6765
// fib(30)=832040
