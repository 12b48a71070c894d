// Max with cmp.Ordered over ints, floats and strings.
package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(3, 7))
	fmt.Println(Max(2.5, -1.0))
	fmt.Println(Max("apple", "banana"))
	fmt.Println(Max[uint8](200, 100))
}

// Output:
// 7
// 2.5
// banana
// 200
