// A generic alias of a map type and one with fewer parameters than its target.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Set[T comparable] = map[T]bool

type StrPair[V any] = Pair[string, V]

func main() {
	s := Set[int]{1: true}
	s[2] = true
	var m map[int]bool = s
	fmt.Println(len(m), m)
	p := StrPair[float64]{"pi", 3.14}
	var q Pair[string, float64] = p
	fmt.Printf("%T %v\n", q, q)
}

// Output:
// 2 map[1:true 2:true]
// main.Pair[string,float64] {pi 3.14}
