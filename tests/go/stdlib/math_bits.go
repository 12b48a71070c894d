package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Float64bits(1.0), math.Float64bits(-2.5), math.Float64frombits(0x4000000000000000))
	fmt.Printf("%#x %#x\n", math.Float64bits(0.1), math.Float32bits(0.1))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64bits(math.NaN()) == math.Float64bits(math.NaN()))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	frac, exp = math.Frexp(-0.3)
	fmt.Println(frac, exp)
	fmt.Println(math.Ldexp(0.5, 4), math.Ldexp(1, -1075), math.Ldexp(1, 1024), math.Nextafter(1, 2))
}

// Output:
// 4607182418800017408 13836183955189006336 2
// 0x3fb999999999999a 0x3dcccccd
// 1069547520 1.5 true
// 0.5 4
// -0.6 -1
// 8 0 +Inf 1.0000000000000002
