package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(x, y string) (string, string) {
	return y, x
}

func named(n int) (sq, cube int) {
	sq = n * n
	cube = sq * n
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(named(3))
	_, c := named(4)
	fmt.Println(c)
}

// Output:
// 3 2
// world hello
// 9 27
// 64
