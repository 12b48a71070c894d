// Values of generic types in interfaces: type switches and assertions tell instantiations apart.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprint("box:", b.V) }

func What(x any) string {
	switch v := x.(type) {
	case Box[int]:
		return fmt.Sprint("int box ", v.V+1)
	case Box[string]:
		return "string box " + v.V
	case fmt.Stringer:
		return "other stringer " + v.String()
	}
	return "unknown"
}

func main() {
	fmt.Println(What(Box[int]{1}))
	fmt.Println(What(Box[string]{"s"}))
	fmt.Println(What(Box[bool]{true}))
	fmt.Println(What(3))
	_, ok := any(Box[int]{}).(Box[int64])
	fmt.Println(ok, any(Box[int]{2}) == any(Box[int]{2}), any(Box[int]{2}) == any(Box[int64]{2}))
}

// Output:
// int box 2
// string box s
// other stringer box:true
// unknown
// false true false
