package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsNaN(nan), math.IsNaN(1))
	fmt.Println(nan == nan, nan != nan, inf > 1e308)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Max(nan, 1), math.Min(-inf, 0))
}

// Output:
// +Inf -Inf NaN
// true false true false
// false true true
// NaN -Inf NaN
// +Inf -Inf NaN
// NaN -Inf
