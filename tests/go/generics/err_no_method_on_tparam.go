// A type parameter constrained by any has no methods.
package main

func Call[T any](v T) string {
	return v.String()
}

func main() {
	_ = Call(1)
}

// Exit: 2
// Stderr:
// err_no_method_on_tparam\.go:5:11: v\.String undefined \(type T has no field or method String\)$
// Output:
