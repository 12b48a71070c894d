// slices.Delete removes s[i:j] and zeroes the vacated tail.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	r := slices.Delete(s, 1, 3)
	fmt.Println(r, len(r), cap(r))
	fmt.Println(s)
	t := []string{"a", "b", "c"}
	fmt.Println(slices.Delete(t, 1, 1), slices.Delete(t, 0, 3), len(t[:3]))
	fmt.Printf("%q\n", t)
	fmt.Println(slices.Delete([]int(nil), 0, 0) == nil)
}

// Output:
// [0 3 4 5] 4 6
// [0 3 4 5 0 0]
// [  ] [] 3
// ["" "" ""]
// true
