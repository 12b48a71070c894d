// Instantiated generic functions stored as values in a map and a struct.
package main

import (
	"fmt"
	"sort"
)

func Double[T ~int | ~float64](x T) T { return x + x }
func Square[T ~int | ~float64](x T) T { return x * x }
func Neg[T ~int | ~float64](x T) T    { return -x }

type ops[T ~int | ~float64] struct {
	names []string
	fns   map[string]func(T) T
}

func makeOps[T ~int | ~float64]() ops[T] {
	o := ops[T]{fns: map[string]func(T) T{"double": Double[T], "square": Square[T], "neg": Neg[T]}}
	for n := range o.fns {
		o.names = append(o.names, n)
	}
	sort.Strings(o.names)
	return o
}

func main() {
	oi := makeOps[int]()
	for _, n := range oi.names {
		fmt.Println(n, oi.fns[n](7))
	}
	of := makeOps[float64]()
	fmt.Println(of.fns["square"](1.5))
}

// Output:
// double 14
// neg -7
// square 49
// 2.25
