package main

import "fmt"

func upTo(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
	}
}

func main() {
Rows:
	for r := 0; r < 3; r++ {
		for i := range upTo("a", 3) {
			for j := range upTo("b", 3) {
				if i == r && j == 1 {
					continue Rows
				}
				fmt.Println(r, i, j)
			}
		}
		fmt.Println("row", r, "complete")
	}
}

// Output:
// 0 0 0
// b stopped at 1
// a stopped at 0
// 1 0 0
// 1 0 1
// 1 0 2
// 1 1 0
// b stopped at 1
// a stopped at 1
// 2 0 0
// 2 0 1
// 2 0 2
// 2 1 0
// 2 1 1
// 2 1 2
// 2 2 0
// b stopped at 1
// a stopped at 2
