// Generic types instantiated with other instantiations: Box[Box[int]], Pair[List[T], T].
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Unwrap() T { return b.V }

type Pair[A, B any] struct {
	A A
	B B
}

func main() {
	bb := Box[Box[int]]{Box[int]{7}}
	fmt.Println(bb, bb.Unwrap().Unwrap())
	p := Pair[Box[string], []Box[bool]]{Box[string]{"s"}, []Box[bool]{{true}}}
	fmt.Printf("%v %T\n", p, p)
	bbb := Box[Box[Box[float64]]]{}
	fmt.Printf("%+v\n", bbb)
}

// Output:
// {{7}} 7
// {{s} [{true}]} main.Pair[main.Box[string],[]main.Box[bool]]
// {V:{V:{V:0}}}
