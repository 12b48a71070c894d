package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{2.5, -2.5, 3.5, 1.4999, -0.4, 0} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	i, f := math.Modf(3.75)
	fmt.Println(i, f)
	i, f = math.Modf(-3.75)
	fmt.Println(i, f)
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Remainder(7, 4))
	fmt.Println(math.Abs(-3.2), math.Abs(4), math.Dim(5, 3), math.Dim(3, 5))
}

// Output:
// 2.5 2 3 2 3 2
// -2.5 -3 -2 -2 -3 -2
// 3.5 3 4 3 4 4
// 1.4999 1 2 1 1 1
// -0.4 -1 -0 -0 -0 -0
// 0 0 0 0 0 0
// 3 0.75
// -3 -0.75
// 1 -1 1 1.5 -1
// 3.2 4 2 0
