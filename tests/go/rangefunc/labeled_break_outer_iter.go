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
		fmt.Println(name, "exhausted")
	}
}

func main() {
Outer:
	for i := range upTo("outer", 4) {
		for j := range upTo("inner", 4) {
			if i+j == 3 {
				break Outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("after")
}

// Output:
// 0 0
// 0 1
// 0 2
// inner stopped at 3
// outer stopped at 0
// after
