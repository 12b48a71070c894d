// any as a constraint: values can be stored, copied, passed and printed.
package main

import "fmt"

func Repeat[T any](v T, n int) []T {
	r := make([]T, n)
	for i := range r {
		r[i] = v
	}
	return r
}

func main() {
	fmt.Println(Repeat("ab", 3))
	fmt.Println(Repeat([]int{1}, 2))
	fmt.Println(len(Repeat(struct{}{}, 5)))
	fmt.Println(Repeat[error](nil, 2))
}

// Output:
// [ab ab ab]
// [[1] [1]]
// 5
// [<nil> <nil>]
