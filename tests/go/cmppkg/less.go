// cmp.Less on ints, strings and floats, and as a sort key.
package main

import (
	"cmp"
	"fmt"
	"math"
	"sort"
)

func main() {
	fmt.Println(cmp.Less(1, 2), cmp.Less(2, 1), cmp.Less(2, 2))
	fmt.Println(cmp.Less("a", "b"), cmp.Less("b", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(nan, nan), cmp.Less(math.Inf(1), nan))
	xs := []float64{3, nan, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return cmp.Less(xs[i], xs[j]) })
	fmt.Println(xs)
}

// Output:
// true false false
// true false
// true false false
// [NaN 1 2 3]
