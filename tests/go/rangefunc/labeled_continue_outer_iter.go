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
Outer:
	for i := range upTo("outer", 3) {
		for j := range upTo("inner", 3) {
			if j > i {
				continue Outer
			}
			fmt.Println(i, j)
		}
		fmt.Println("inner loop ended for", i)
	}
	fmt.Println("after")
}

// Output:
// 0 0
// inner stopped at 1
// 1 0
// 1 1
// inner stopped at 2
// 2 0
// 2 1
// 2 2
// inner loop ended for 2
// after
