// slices.Sort on named element types of several kinds.
package main

import (
	"fmt"
	"slices"
)

type Celsius float32
type Name string
type Level uint8

func main() {
	t := []Celsius{21.5, -3, 0, 37.2}
	slices.Sort(t)
	fmt.Println(t)
	n := []Name{"zoe", "Al", "bea"}
	slices.Sort(n)
	fmt.Println(n)
	l := []Level{200, 3, 255, 0}
	slices.Sort(l)
	fmt.Println(l, slices.Max(l), slices.Min(l))
	i8 := []int8{-128, 127, 0, -1}
	slices.Sort(i8)
	fmt.Println(i8)
}

// Output:
// [-3 0 21.5 37.2]
// [Al bea zoe]
// [0 3 200 255] 255 0
// [-128 -1 0 127]
