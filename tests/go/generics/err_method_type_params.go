// Methods cannot have type parameters of their own.
package main

type Box struct{}

func (b Box) Map[T any](x T) T { return x }

func main() {}

// Exit: 2
// Stderr:
// err_method_type_params\.go:6:17: syntax error: method must have no type parameters$
// Output:
