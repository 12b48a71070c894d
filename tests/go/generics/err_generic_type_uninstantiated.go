// A generic type used without type arguments.
package main

type List[T any] struct {
	items []T
}

func main() {
	var l List
	_ = l
}

// Exit: 2
// Stderr:
// err_generic_type_uninstantiated\.go:9:8: cannot use generic type List\[T any\] without instantiation$
// Output:
