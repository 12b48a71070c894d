// slices.Concat joins slices into a new one; an empty result is nil.
package main

import (
	"fmt"
	"slices"
)

func main() {
	a := []int{1, 2}
	b := []int{3}
	r := slices.Concat(a, nil, b, []int{}, a)
	fmt.Println(r, len(r), cap(r) >= len(r))
	r[0] = 100
	fmt.Println(a)
	fmt.Println(slices.Concat[[]int]() == nil)
	fmt.Println(slices.Concat([]int{}, nil) == nil)
	type words []string
	w := slices.Concat(words{"x"}, words{"y", "z"})
	fmt.Printf("%T %v\n", w, w)
}


// Output:
// [1 2 3 1 2] 5 true
// [1 2]
// true
// true
// main.words [x y z]
