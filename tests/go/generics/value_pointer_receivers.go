// Methods of a generic type with value and pointer receivers.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) With(v T) Box[T] {
	b.v = v
	return b
}

func main() {
	b := Box[int]{1}
	b.Set(2)
	fmt.Println(b.Get())
	c := b.With(3)
	fmt.Println(b.Get(), c.Get())
	p := &Box[string]{"x"}
	p.Set("y")
	fmt.Println(p.Get(), (*p).With("z").Get())
}

// Output:
// 2
// 2 3
// y z
