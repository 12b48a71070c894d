// slices.CompareFunc with a comparison between ints and strings.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func main() {
	nums := []int{1, 10, 22}
	strs := []string{"1", "10", "3"}
	r := slices.CompareFunc(nums, strs, func(n int, s string) int {
		sn, _ := strconv.Atoi(s)
		return cmp.Compare(n, sn)
	})
	fmt.Println(r)
	fmt.Println(slices.CompareFunc([]int{1}, []int{1, 2}, cmp.Compare[int]))
}

// Output:
// 1
// -1
