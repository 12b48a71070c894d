package main

import "fmt"

func main() {
	// -0.0 is an untyped constant equal to 0: no negative zero.
	fmt.Println(-0.0)
	var c float64 = -0.0
	fmt.Println(c, 1/c)
	z := 0.0
	z = -z
	fmt.Println(z, 1/z)
}

// Output:
// 0
// 0 +Inf
// -0 -Inf
