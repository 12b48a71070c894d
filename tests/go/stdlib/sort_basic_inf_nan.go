package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"peach", "banana", "kiwi", "Apple", "", "banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, math.Inf(1), 3.25, math.NaN(), 0, math.Inf(-1)}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	fmt.Println(sort.IntsAreSorted([]int{1, 3, 2}), sort.IntsAreSorted(nil))
}

// Output:
// [-7 0 1 2 3 4 5 6] true
// ["" "Apple" "banana" "banana" "kiwi" "peach"] true
// [NaN -Inf -1 0 2.5 3.25 +Inf] true
// false true
