// An argument that does not fit the explicitly given type argument.
package main

func Double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	_ = Double[int]("two")
}

// Exit: 2
// Stderr:
// err_wrong_arg_type_explicit\.go:7:18: cannot use "two" \(untyped string constant\) as int value in argument to Double\[int\]$
// Output:
