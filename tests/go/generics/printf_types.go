// %T and %v of instantiated generic types print Go's names: main.Pair[int,string].
package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Box[T any] struct{ v T }

type Num[T ~int] []T

func main() {
	p := Pair[int, string]{1, "one"}
	fmt.Printf("%T %v %+v\n", p, p, p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%T\n", []Box[float64]{})
	fmt.Printf("%T\n", Box[Pair[string, []int]]{})
	fmt.Printf("%T\n", map[string]Box[bool]{})
	fmt.Printf("%T %v\n", Num[int]{4}, Num[int]{4})
	fmt.Printf("%#v\n", Box[int]{3})
}

// Output:
// main.Pair[int,string] {1 one} {K:1 V:one}
// *main.Pair[int,string]
// []main.Box[float64]
// main.Box[main.Pair[string,[]int]]
// map[string]main.Box[bool]
// main.Num[int] [4]
// main.Box[int]{v:3}
