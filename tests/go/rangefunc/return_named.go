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

func search(n, want int) (pos int, found bool) {
	pos = -1
	for x := range upTo(n) {
		if x == want {
			return x * 100, true
		}
		pos = x
	}
	return
}

func swap() (a, b int) {
	a, b = 1, 2
	for range upTo(1) {
		return b, a
	}
	return
}

func main() {
	fmt.Println(search(10, 3))
	fmt.Println(search(3, 9))
	fmt.Println(swap())
}

// Output:
// 300 true
// 2 false
// 2 1
