// slices.Contains, ContainsFunc, Index and IndexFunc.
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{0, 42, -10, 8}
	fmt.Println(slices.Contains(xs, 8), slices.Contains(xs, 7))
	fmt.Println(slices.Index(xs, -10), slices.Index(xs, 1))
	neg := func(n int) bool { return n < 0 }
	fmt.Println(slices.ContainsFunc(xs, neg), slices.IndexFunc(xs, neg))
	fmt.Println(slices.IndexFunc(xs, func(n int) bool { return n > 100 }))
	fmt.Println(slices.Contains([]string(nil), ""))
}

// Output:
// true false
// 2 -1
// true 2
// -1
// false
