package main

import "fmt"

func main() {
	var a, b any
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a = 1.0
	b = 1
	fmt.Println(a == b)
	type P struct{ X int }
	a, b = P{1}, P{1}
	fmt.Println(a == b)
	fmt.Println(a == P{2})
}

// Output:
// true
// true
// false
// true
// false
// true
// false
