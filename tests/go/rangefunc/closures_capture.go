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
	var fs []func() int
	for x := range upTo(3) {
		fs = append(fs, func() int { return x * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	// a closure can change the variable of its own iteration only
	var incs []func()
	var reads []func() int
	for x := range upTo(2) {
		incs = append(incs, func() { x++ })
		reads = append(reads, func() int { return x })
	}
	incs[0]()
	incs[0]()
	fmt.Println(reads[0](), reads[1]())
}

// Output:
// 0
// 10
// 20
// 2 1
