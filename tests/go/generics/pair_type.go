// A Pair[K, V] struct with two type parameters and a swapping function.
package main

import "fmt"

type Pair[K, V any] struct {
	Key K
	Val V
}

func MakePair[K, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Swap[K, V any](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func main() {
	p := MakePair("one", 1)
	fmt.Println(p, p.Key, p.Val)
	q := Swap(p)
	fmt.Println(q)
	fmt.Printf("%+v\n", q)
	pairs := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(pairs)
}

// Output:
// {one 1} one 1
// {1 one}
// {Key:1 Val:one}
// [{1 true} {2 false}]
