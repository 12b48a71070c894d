// Partial instantiation: the first type argument given, the rest inferred.
package main

import "fmt"

func Convert[To, From ~int | ~float64](xs []From) []To {
	r := make([]To, len(xs))
	for i, x := range xs {
		r[i] = To(x)
	}
	return r
}

func main() {
	fs := Convert[float64]([]int{1, 2, 3})
	fmt.Printf("%T %v\n", fs, fs)
	is := Convert[int]([]float64{1.9, -2.7})
	fmt.Printf("%T %v\n", is, is)
}

// Output:
// []float64 [1 2 3]
// []int [1 -2]
