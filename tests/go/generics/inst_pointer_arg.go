// Instantiation with a pointer type argument: the generic code shares the pointee.
package main

import "fmt"

type counter struct{ n int }

func Each[T any](s []T, f func(T)) {
	for _, v := range s {
		f(v)
	}
}

func NonNil[T comparable](s []T) int {
	var zero T
	n := 0
	for _, v := range s {
		if v != zero {
			n++
		}
	}
	return n
}

func main() {
	c := &counter{}
	Each([]*counter{c, c, c}, func(p *counter) { p.n++ })
	fmt.Println(c.n)
	fmt.Println(NonNil([]*counter{c, nil, c, nil}))
}

// Output:
// 3
// 2
