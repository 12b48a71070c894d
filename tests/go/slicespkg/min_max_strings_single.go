// slices.Min and Max of one element, of strings, and of negative zeros.
package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	fmt.Println(slices.Min([]int{7}), slices.Max([]int{7}))
	fmt.Println(slices.Min([]string{"b", "", "a"}) == "", slices.Max([]string{"b", "ba", "a"}))
	neg := math.Copysign(0, -1)
	fmt.Println(math.Signbit(slices.Min([]float64{0, neg})), math.Signbit(slices.Max([]float64{neg, 0})))
	fmt.Println(slices.Max([]float64{math.Inf(-1), -1e300}))
}

// Output:
// 7 7
// true ba
// true false
// -1e+300
