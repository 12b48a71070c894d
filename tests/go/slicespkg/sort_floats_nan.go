// slices.Sort puts NaNs first and orders infinities; IsSorted agrees.
package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0.5, math.NaN(), math.Inf(-1)}
	slices.Sort(fs)
	fmt.Println(fs)
	fmt.Println(slices.IsSorted(fs))
}

// Output:
// [NaN NaN -Inf -1 0.5 3 +Inf]
// true
