package main

import "fmt"

// upTo yields 0, 1, ..., n-1.
func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	sum := 0
	for x := range upTo(5) {
		fmt.Println("x =", x)
		sum += x
	}
	fmt.Println("sum", sum)
}

// Output:
// x = 0
// x = 1
// x = 2
// x = 3
// x = 4
// sum 10
