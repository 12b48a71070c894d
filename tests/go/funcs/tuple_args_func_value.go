package main

import "fmt"

func pair() (int, bool) { return 7, true }

func sum(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

// f(g()) where g is a function value (a variable, a closure, a method
// value): g's results are passed on as f's arguments.
func main() {
	g := pair
	f := func() (int, bool) { return 8, false }
	fmt.Println(g())
	fmt.Println(f())
	t := three
	fmt.Println(sum(t()))
	s := sum
	fmt.Println(s(t()))
}

// Output:
// 7 true
// 8 false
// 6
// 6
