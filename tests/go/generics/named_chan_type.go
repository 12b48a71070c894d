// A generic named channel type with methods.
package main

import "fmt"

type Pipe[T any] chan T

func (p Pipe[T]) SendAll(vs ...T) {
	for _, v := range vs {
		p <- v
	}
	close(p)
}

func (p Pipe[T]) Collect() []T {
	var r []T
	for v := range p {
		r = append(r, v)
	}
	return r
}

func main() {
	p := make(Pipe[string], 4)
	p.SendAll("x", "y", "z")
	fmt.Println(p.Collect(), len(p))
}

// Output:
// [x y z] 0
