// Comparing with the zero value of a comparable T: IsZero and a first-non-zero helper.
package main

import "fmt"

func IsZero[T comparable](v T) bool { return v == *new(T) }

func FirstNonZero[T comparable](vs ...T) (T, int) {
	var zero T
	for i, v := range vs {
		if v != zero {
			return v, i
		}
	}
	return zero, -1
}

type pt struct{ x, y int }

func main() {
	fmt.Println(IsZero(0), IsZero(""), IsZero(pt{}), IsZero(pt{0, 1}), IsZero[any](nil))
	fmt.Println(FirstNonZero("", "", "c", "d"))
	fmt.Println(FirstNonZero(0, 0))
}

// Output:
// true true true false true
// c 2
// 0 -1
