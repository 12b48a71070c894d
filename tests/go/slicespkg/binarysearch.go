// slices.BinarySearch returns the insertion point and whether the value is present.
package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	fmt.Println(slices.BinarySearch(names, "Vera"))
	fmt.Println(slices.BinarySearch(names, "Bill"))
	fmt.Println(slices.BinarySearch(names, "Zed"))
	dup := []int{1, 2, 2, 2, 5}
	fmt.Println(slices.BinarySearch(dup, 2))
	fmt.Println(slices.BinarySearch([]int{}, 1))
	fs := []float64{math.NaN(), 1, 2}
	fmt.Println(slices.BinarySearch(fs, math.NaN()))
}

// Output:
// 2 true
// 1 false
// 3 false
// 1 true
// 0 false
// 0 true
