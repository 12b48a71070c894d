// slices.Repeat: the result has length and capacity len(x)*count, never nil.
package main

import (
	"fmt"
	"slices"
)

func main() {
	r := slices.Repeat([]int{1, 2}, 3)
	fmt.Println(r, len(r), cap(r))
	z := slices.Repeat([]int{1, 2}, 0)
	fmt.Println(z, z == nil)
	e := slices.Repeat([]string(nil), 5)
	fmt.Println(len(e), e == nil)
	one := []string{"ab"}
	rep := slices.Repeat(one, 2)
	rep[0] = "changed"
	fmt.Println(one, rep)
}

// Output:
// [1 2 1 2 1 2] 6 6
// [] false
// 0 false
// [ab] [changed ab]
