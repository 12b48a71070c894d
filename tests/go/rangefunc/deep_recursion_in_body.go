package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Deep calls from the body grow (move) the goroutine's stack while the
// iterator's and the enclosing function's frames are below them.
func run() (total int) {
	local := 1
	for x := range upTo(3) {
		total += depth(20000*(x+1)) + local
	}
	return total
}

func main() {
	fmt.Println(run())
}

// Output:
// 120003
