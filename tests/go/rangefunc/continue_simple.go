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

func main() {
	for x := range upTo(7) {
		if x%2 == 1 {
			continue
		}
		fmt.Println("even", x)
	}
}

// Output:
// even 0
// even 2
// even 4
// even 6
