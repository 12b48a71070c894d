// maps.Equal: same pairs; nil equals empty; a NaN value never equals itself.
package main

import (
	"fmt"
	"maps"
	"math"
)

type M map[string]int

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := M{"y": 2, "x": 1}
	fmt.Println(maps.Equal(a, b))
	b["y"] = 3
	fmt.Println(maps.Equal(a, b))
	fmt.Println(maps.Equal(a, map[string]int{"x": 1}))
	fmt.Println(maps.Equal(a, map[string]int{"x": 1, "z": 2}))
	fmt.Println(maps.Equal(map[int]int(nil), map[int]int{}))
	n := map[int]float64{1: math.NaN()}
	fmt.Println(maps.Equal(n, n))
}

// Output:
// true
// false
// false
// false
// true
// false
