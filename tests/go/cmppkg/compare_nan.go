// cmp.Compare orders a NaN before everything, equal to another NaN, in float32 and float64.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(-1)
	fmt.Println(cmp.Compare(nan, inf), cmp.Compare(inf, nan), cmp.Compare(nan, math.NaN()))
	n32 := float32(nan)
	fmt.Println(cmp.Compare(n32, -math.MaxFloat32), cmp.Compare(n32, n32))
	fmt.Println(nan < inf, nan == nan, cmp.Compare(nan, nan) == 0)
	xs := []float64{2, nan, -1, nan, inf}
	slices.SortFunc(xs, cmp.Compare[float64])
	fmt.Println(xs)
}

// Output:
// -1 1 0
// -1 0
// false false true
// [NaN NaN -Inf -1 2]
