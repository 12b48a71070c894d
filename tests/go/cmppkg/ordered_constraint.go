// cmp.Ordered as the constraint of user generics, with named and builtin types.
package main

import (
	"cmp"
	"fmt"
)

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

type Grade string
type Meters float64

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-2, 0, 10), Clamp(5, 0, 10))
	fmt.Println(Clamp(Grade("D"), "A", "C"), Clamp(Meters(0.5), 1, 2))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), MaxOf[uint8](7))
	fmt.Printf("%T %v\n", MaxOf(Meters(1), 2.5), MaxOf(Meters(1), 2.5))
}

// Output:
// 10 0 5
// C 1
// 9 pear 7
// main.Meters 2.5
