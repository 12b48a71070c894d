// slices.EqualFunc compares slices of different element types.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func main() {
	nums := []int{0, 42, 8}
	strs := []string{"000", "42", "0o10"}
	eq := slices.EqualFunc(nums, strs, func(n int, s string) bool {
		sn, err := strconv.ParseInt(s, 0, 64)
		return err == nil && n == int(sn)
	})
	fmt.Println(eq)
	fmt.Println(slices.EqualFunc([]int{1}, []string{}, func(int, string) bool { return true }))
}

// Output:
// true
// false
