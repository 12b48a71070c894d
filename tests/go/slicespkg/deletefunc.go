// slices.DeleteFunc keeps the order of the rest and zeroes the tail.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	r := slices.DeleteFunc(s, func(n int) bool { return n%3 != 0 })
	fmt.Println(r, s)
	w := []string{"go", "Rust", "gopher", "C"}
	w = slices.DeleteFunc(w, func(s string) bool { return strings.HasPrefix(s, "go") })
	fmt.Println(w)
	none := []int{1, 2}
	fmt.Println(slices.DeleteFunc(none, func(int) bool { return false }))
	all := slices.DeleteFunc([]int{1, 2}, func(int) bool { return true })
	fmt.Println(all, len(all), all == nil)
}

// Output:
// [3 6] [3 6 0 0 0 0 0]
// [Rust C]
// [1 2]
// [] 0 false
