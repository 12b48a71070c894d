// comparable lets generic code use == on values of type T.
package main

import "fmt"

func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

type point struct{ x, y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"))
	fmt.Println(Index([]point{{1, 2}, {3, 4}}, point{3, 4}))
	fmt.Println(Index([]any{1, "x", 2.5}, any("x")))
	fmt.Println(Index([][2]int{{1, 1}}, [2]int{1, 2}))
}

// Output:
// 2
// 1
// 1
// -1
