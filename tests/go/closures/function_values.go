package main

import "fmt"

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int {
	return f(a, b)
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	ops := []func(int, int) int{add, mul}
	for _, op := range ops {
		fmt.Println(apply(op, 6, 7))
	}
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f(1, 2), f != nil)
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	fmt.Println(func(s string) string { return s + s }("ab"))
}

// Output:
// 13
// 42
// true
// 3 true
// 12 11
// abab
