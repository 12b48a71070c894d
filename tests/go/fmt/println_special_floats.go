package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%v %f %5.1f|\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32))
}

// Output:
// +Inf -Inf NaN
// +Inf -Inf   NaN|
// 1.7976931348623157e+308 5e-324
// 3.4028235e+38
