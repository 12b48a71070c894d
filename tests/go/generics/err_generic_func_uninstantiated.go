// A generic function used as a value without instantiation.
package main

func F[T any](x T) T { return x }

func main() {
	f := F
	_ = f
}

// Exit: 2
// Stderr:
// err_generic_func_uninstantiated\.go:7:7: cannot use generic function F without instantiation$
// Output:
