package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(sort.IntsAreSorted([]int{1, 3, 2}))
}

// Output:
// [-1 2 3 5 8] true
// [Banana apple fig pear] true
// [-1 0 2.5 3.25]
// false
