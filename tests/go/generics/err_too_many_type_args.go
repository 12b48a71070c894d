// More type arguments than the function has type parameters.
package main

func F[K comparable, V any](k K, v V) {}

func main() {
	F[int, string, bool](1, "a")
}

// Exit: 2
// Stderr:
// err_too_many_type_args\.go:7:17: got 3 type arguments but want 2$
// Output:
