// A String method on a generic type is used by fmt for every instantiation.
package main

import "fmt"

type Pair[K, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v => %v)", p.K, p.V) }

func main() {
	fmt.Println(Pair[string, int]{"a", 1})
	fmt.Println([]Pair[int, bool]{{1, true}, {2, false}})
	var s fmt.Stringer = Pair[float64, string]{1.5, "x"}
	fmt.Println(s.String())
	fmt.Printf("%v|%s|%d\n", Pair[int, int]{1, 2}, Pair[int, int]{3, 4}, Pair[int, int]{5, 6})
}

// Output:
// (a => 1)
// [(1 => true) (2 => false)]
// (1.5 => x)
// (1 => 2)|(3 => 4)|{5 6}
