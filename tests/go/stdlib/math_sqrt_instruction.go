// math.Sqrt compiles to an instruction (SQRTF), as in Go's compiler: the
// special cases stay Go's, and math.Sqrt is still a value.
package main

import (
	"fmt"
	"math"
)

func main() {
	f := math.Sqrt
	for _, x := range []float64{4, 2, 0, math.Copysign(0, -1), -1, math.Inf(1), math.Inf(-1), math.NaN(), 1e-310} {
		fmt.Println(math.Sqrt(x), f(x))
	}
	fmt.Println(math.Signbit(math.Sqrt(math.Copysign(0, -1))))
	var f32 float32 = 2
	fmt.Println(float32(math.Sqrt(float64(f32))))
}

// Output:
// 2 2
// 1.4142135623730951 1.4142135623730951
// 0 0
// -0 -0
// NaN NaN
// +Inf +Inf
// NaN NaN
// NaN NaN
// 9.999999999999986e-156 9.999999999999986e-156
// true
// 1.4142135
