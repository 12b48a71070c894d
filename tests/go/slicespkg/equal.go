// slices.Equal: same length and elements; nil equals empty; NaN is not equal to itself.
package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1, 2}, []int{1, 2, 3}))
	fmt.Println(slices.Equal([]int{}, nil), slices.Equal([]string{"a"}, []string{"b"}))
	nan := []float64{math.NaN()}
	fmt.Println(slices.Equal(nan, nan))
}

// Output:
// true false
// true false
// false
