package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(0.5), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(1.5, 2.5), math.Pow(10, -3), math.Pow(-2, 3), math.Pow(-8, 1.0/3))
	fmt.Println(math.Pow(0, -1), math.Pow(0, 0), math.Pow(1, math.NaN()), math.Pow(2, 1024), math.Pow(7, 22))
	fmt.Println(math.Pow10(3), math.Pow10(-2), math.Cbrt(27), math.Cbrt(10), math.Cbrt(-8), math.Hypot(3, 4), math.Hypot(1e200, 1e200))
}

// Output:
// 1.4142135623730951 12 0.7071067811865476 NaN
// 1024 1.4142135623730951 2.7556759606310757 0.001 -8 NaN
// +Inf 1 1 +Inf 3.9098210485829883e+18
// 1000 0.01 3 2.154434690031884 -2 5 1.414213562373095e+200
