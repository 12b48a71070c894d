// A generic function recursing deeply through its own instantiation.
package main

import "fmt"

func CountDown[T ~int](n T, acc []T) []T {
	if n == 0 {
		return acc
	}
	return CountDown(n-1, append(acc, n))
}

func Depth[T any](v T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Depth(v, n-1)
}

type small int

func main() {
	fmt.Println(CountDown(small(5), nil))
	fmt.Println(Depth("x", 100000))
}

// Output:
// [5 4 3 2 1]
// 100000
