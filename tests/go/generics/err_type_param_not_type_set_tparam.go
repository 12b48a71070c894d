// A type parameter with a wider type set does not satisfy a narrower constraint.
package main

type Number interface {
	~int | ~float64
}

func Half[T ~int](x T) T { return x / 2 }

func Use[T Number](x T) T { return Half(x) }

func main() {
	_ = Use(4)
}

// Exit: 2
// Stderr:
// err_type_param_not_type_set_tparam\.go:10:40: in call to Half, T \(type T\) does not satisfy ~int$
// Output:
