// Several generics errors in one program, reported together.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Sum("a"))
	fmt.Println(Keys[[]int, int](nil))
	fmt.Println(Zero())
	var n Number
	fmt.Println(n)
}

// Exit: 2
// Stderr:
// err_several\.go:26:17: string does not satisfy Number \(string missing in ~int \| ~float64\)$
// err_several\.go:27:19: \[\]int does not satisfy comparable$
// err_several\.go:28:18: in call to Zero, cannot infer T \(declared at .*err_several\.go:20:11\)$
// err_several\.go:29:8: cannot use type Number outside a type constraint: interface contains type constraints$
// Output:
