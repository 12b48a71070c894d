// Zip into a generic Pair and Flatten a slice of slices.
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	r := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		r[i] = Pair[A, B]{as[i], bs[i]}
	}
	return r
}

func Flatten[T any](xss [][]T) []T {
	var r []T
	for _, xs := range xss {
		r = append(r, xs...)
	}
	return r
}

func main() {
	z := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(z)
	fmt.Printf("%T\n", z)
	fmt.Println(Flatten([][]int{{1, 2}, {}, {3}}))
	fmt.Println(Flatten([][]string{}) == nil)
}

// Output:
// [{a 1} {b 2}]
// []main.Pair[string,int]
// [1 2 3]
// true
