// Three type parameters inferred at once, in the order declared.
package main

import "fmt"

func Zip3[A, B, C any](as []A, bs []B, cs []C) []string {
	n := min(len(as), len(bs), len(cs))
	r := make([]string, n)
	for i := range r {
		r[i] = fmt.Sprintf("%v/%v/%v", as[i], bs[i], cs[i])
	}
	return r
}

func Types[A, B, C any](A, B, C) string {
	var a A
	var b B
	var c C
	return fmt.Sprintf("%T %T %T", a, b, c)
}

func main() {
	fmt.Println(Zip3([]int{1, 2, 3}, []string{"a", "b"}, []bool{true, false, true}))
	fmt.Println(Types(1, "x", 2.5))
	fmt.Println(Types[int8, rune, byte](1, 2, 3))
}

// Output:
// [1/a/true 2/b/false]
// int string float64
// int8 int32 uint8
