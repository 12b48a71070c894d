// Constraints built by embedding other constraints.
package main

import "fmt"

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface {
	Signed | Unsigned
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

func Mean[T Number](xs ...T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func main() {
	fmt.Println(Mean(1, 2, 4))
	fmt.Println(Mean[uint8](10, 20))
	fmt.Println(Mean(float32(0.5), 1.5))
}

// Output:
// 2.3333333333333335
// 15
// 1
