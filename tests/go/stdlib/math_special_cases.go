package main

import (
	"fmt"
	"math"
)

func main() {
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(inf, ninf, nan, inf+ninf, inf*0)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(ninf, 0), math.IsNaN(nan), math.IsNaN(inf))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(nan, 1), math.Max(inf, nan), math.Min(ninf, nan))
	negz := math.Copysign(0, -1)
	fmt.Println(math.Max(negz, 0), math.Min(negz, 0), math.Signbit(negz), math.Signbit(0), negz)
	fmt.Println(nan == nan, nan < 1, math.Sqrt(inf), 1/inf)
	fmt.Println(math.Copysign(3, -1), math.Copysign(-3, 1), math.Abs(ninf))
}

// Output:
// +Inf -Inf NaN NaN NaN
// true false true true false
// 7 3 NaN +Inf -Inf
// 0 -0 true false -0
// false false +Inf 0
// -3 3 +Inf
