package main

import (
	"errors"
	"fmt"
)

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("iterator told to stop at", i)
				return
			}
		}
	}
}

// firstMultiple returns the first x below n that k divides, or an error.
func firstMultiple(n, k int) (int, error) {
	for x := range upTo(n) {
		if x > 0 && x%k == 0 {
			return x, nil
		}
	}
	return 0, errors.New("none")
}

func main() {
	fmt.Println(firstMultiple(20, 7))
	fmt.Println(firstMultiple(5, 7))
}

// Output:
// iterator told to stop at 7
// 7 <nil>
// 0 none
