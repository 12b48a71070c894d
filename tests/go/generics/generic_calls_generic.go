// Generic functions calling other generic functions, passing their type parameters on.
package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U {
	var r []U
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Pairs[T any](s []T) [][2]T {
	return Map(Indices(s), func(i int) [2]T { return [2]T{s[i], s[(i+1)%len(s)]} })
}

func Indices[T any](s []T) []int {
	r := make([]int, len(s))
	for i := range s {
		r[i] = i
	}
	return r
}

func Stringify[T any](s []T) []string {
	return Map(s, func(v T) string { return fmt.Sprint(v) })
}

func main() {
	fmt.Println(Pairs([]string{"a", "b", "c"}))
	fmt.Printf("%q\n", Stringify(Pairs([]int{1, 2})))
}

// Output:
// [[a b] [b c] [c a]]
// ["[1 2]" "[2 1]"]
