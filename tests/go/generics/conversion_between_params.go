// Conversions between type parameters with numeric type sets.
package main

import "fmt"

type Number interface {
	~int8 | ~int | ~int64 | ~uint8 | ~float32 | ~float64
}

func Conv[To, From Number](x From) To { return To(x) }

func main() {
	fmt.Println(Conv[int8](300))
	fmt.Println(Conv[uint8](-1))
	fmt.Println(Conv[int](3.99))
	fmt.Println(Conv[float32](1.0 / 3))
	fmt.Println(Conv[float64](float32(0.1)))
	fmt.Println(Conv[int64](int8(-5)))
}

// Output:
// 44
// 255
// 3
// 0.33333334
// 0.10000000149011612
// -5
