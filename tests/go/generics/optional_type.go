// An Optional[T] type with a constructor, methods and a zero value that is empty.
package main

import "fmt"

type Optional[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.v, o.valid }

func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.v
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func main() {
	a := Some(3)
	b := None[int]()
	var c Optional[string]
	fmt.Println(a, b, c)
	fmt.Println(a.OrElse(0), b.OrElse(-1), c.OrElse("default"))
	v, ok := a.Get()
	fmt.Println(v, ok)
}

// Output:
// Some(3) None None
// 3 -1 default
// 3 true
