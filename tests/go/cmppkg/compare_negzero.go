// cmp.Compare and cmp.Less treat -0.0 as equal to 0.0; a stable sort keeps their order.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

func main() {
	neg := math.Copysign(0, -1)
	fmt.Println(cmp.Compare(neg, 0.0), cmp.Compare(0.0, neg))
	fmt.Println(cmp.Less(neg, 0.0), cmp.Less(0.0, neg))
	fmt.Println(cmp.Compare(float32(neg), 0), neg == 0)
	xs := []float64{0, neg, -1, neg, 0}
	slices.SortStableFunc(xs, cmp.Compare[float64])
	for _, x := range xs {
		fmt.Print(x, math.Signbit(x), " ")
	}
	fmt.Println()
}

// Output:
// 0 0
// false false
// 0 true
// -1 true 0 false -0 true -0 true 0 false 
