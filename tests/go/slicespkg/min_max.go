// slices.Min and Max, including NaN propagation for floats.
package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	xs := []int{0, 42, -10, 8}
	fmt.Println(slices.Min(xs), slices.Max(xs))
	fmt.Println(slices.Min([]string{"b", "a", "c"}), slices.Max([]string{"b", "a", "c"}))
	fs := []float64{1, math.NaN(), 3}
	fmt.Println(slices.Min(fs), slices.Max(fs))
	fmt.Println(slices.Max([]float64{-1, 2.5}))
}

// Output:
// -10 42
// a c
// NaN NaN
// 2.5
