// Methods may name the receiver's type parameters differently from the declaration.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[A, B]) Key() A { return p.k }
func (p Pair[X, _]) Same(o Pair[X, int]) bool {
	return p.k == o.k
}
func (p *Pair[K, V]) SetVal(v V) { p.v = v }

func main() {
	p := Pair[string, int]{"a", 1}
	p.SetVal(9)
	fmt.Println(p.Key(), p.v, p.Same(Pair[string, int]{"a", 0}))
}

// Output:
// a 9 true
