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

func total() (sum int) {
	for x := range upTo(5) {
		defer func() { sum += x }()
		if x == 3 {
			return 100
		}
	}
	return -1
}

func main() {
	fmt.Println(total()) // 100 + 3 + 2 + 1 + 0
}

// Output:
// 106
