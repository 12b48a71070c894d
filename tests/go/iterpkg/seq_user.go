// A user-defined iter.Seq: a Fibonacci generator that stops when the loop breaks.
package main

import (
	"fmt"
	"iter"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				fmt.Println("fib stopped at", a)
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	var s iter.Seq[int] = Fib()
	s(func(v int) bool { return v < 3 })
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 fib stopped at 55
//
// fib stopped at 3
