// A generic type instantiated with too few type arguments.
package main

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	var p Pair[string]
	_ = p
}

// Exit: 2
// Stderr:
// err_type_args_count_type\.go:10:8: not enough type arguments for type Pair: have 1, want 2$
// Output:
