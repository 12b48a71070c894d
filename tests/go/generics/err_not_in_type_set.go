// string is not in the type set of ~int | ~float64.
package main

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

func main() {
	_ = Sum("a", "b")
}

// Exit: 2
// Stderr:
// err_not_in_type_set\.go:17:9: string does not satisfy Number \(string missing in ~int \| ~float64\)$
// Output:
