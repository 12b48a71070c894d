// slices.Reverse on a named slice type, a one-element slice, and via Backward.
package main

import (
	"fmt"
	"slices"
)

type path []string

func main() {
	p := path{"usr", "local", "bin"}
	slices.Reverse(p)
	fmt.Println(p)
	one := []int{1}
	slices.Reverse(one)
	fmt.Println(one)
	var back []string
	for _, v := range slices.Backward(p) {
		back = append(back, v)
	}
	fmt.Println(back)
}

// Output:
// [bin local usr]
// [1]
// [usr local bin]
