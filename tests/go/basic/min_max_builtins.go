package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1.5), max(2.5, 7))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y, 100))
	var f float64 = 3
	fmt.Println(min(f, 1))
}

// Output:
// 1 3
// 1.5 7
// a c
// -4 100
// 1
