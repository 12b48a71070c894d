// A type parameter that appears in no argument cannot be inferred.
package main

func Zero[T any]() T {
	var z T
	return z
}

func F[T any, U any](t T) U {
	var u U
	return u
}

func main() {
	_ = Zero()
	_ = F(1)
}

// Exit: 2
// Stderr:
// err_cannot_infer\.go:15:10: in call to Zero, cannot infer T \(declared at .*err_cannot_infer\.go:4:11\)$
// err_cannot_infer\.go:16:7: in call to F, cannot infer U \(declared at .*err_cannot_infer\.go:9:15\)$
// Output:
