// A recursive generic merge sort with a less function.
package main

import "fmt"

func MergeSort[T any](s []T, less func(a, b T) bool) []T {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	a := MergeSort(s[:mid], less)
	b := MergeSort(s[mid:], less)
	r := make([]T, 0, len(s))
	for len(a) > 0 && len(b) > 0 {
		if less(b[0], a[0]) {
			r, b = append(r, b[0]), b[1:]
		} else {
			r, a = append(r, a[0]), a[1:]
		}
	}
	return append(append(r, a...), b...)
}

func main() {
	fmt.Println(MergeSort([]int{5, 2, 9, 1, 5, 6}, func(a, b int) bool { return a < b }))
	fmt.Println(MergeSort([]string{"pear", "fig", "apple"}, func(a, b string) bool { return a < b }))
	type p struct {
		name string
		age  int
	}
	ps := MergeSort([]p{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 1}}, func(x, y p) bool { return x.age < y.age })
	fmt.Println(ps)
}

// Output:
// [1 2 5 5 6 9]
// [apple fig pear]
// [{b 1} {d 1} {a 3} {c 3}]
