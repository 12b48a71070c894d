package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32)
	var u uint64 = math.MaxUint64
	fmt.Println(u, uint(math.MaxUint))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	var x float32 = math.MaxFloat32
	fmt.Println(x, math.Pi/2, 2*math.Pi)
}

// Output:
// 3.141592653589793 2.718281828459045 1.4142135623730951 1.618033988749895 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// 9223372036854775807 -9223372036854775808 127 -128 32767 -32768
// 2147483647 -2147483648 9223372036854775807 -9223372036854775808
// 255 65535 4294967295
// 18446744073709551615 18446744073709551615
// 1.7976931348623157e+308 5e-324 3.4028234663852886e+38 1.401298464324817e-45
// 3.4028235e+38 1.5707963267948966 6.283185307179586
