package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// A function literal in a loop body has loops of its own: its return
// leaves only the literal.
func main() {
	for i := range upTo(3) {
		f := func() int {
			for j := range upTo(10) {
				if j == i*2 {
					return j
				}
			}
			return -1
		}
		fmt.Println(i, f())
	}
}

// Output:
// 0 0
// 1 2
// 2 4
