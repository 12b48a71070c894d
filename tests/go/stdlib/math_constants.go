package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint8, math.MaxInt8)
	fmt.Println(math.MaxInt)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	fmt.Println(math.MaxUint16, math.MaxInt16)
	fmt.Printf("%.5f\n", math.E)
}

// Output:
// 3.141592653589793
// 9223372036854775807 -9223372036854775808
// 2147483647 -2147483648 255 127
// 9223372036854775807
// 18446744073709551615
// 65535 32767
// 2.71828
