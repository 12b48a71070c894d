package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(xs, 7), sort.SearchInts(xs, 8), sort.SearchInts(xs, 100))
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 4 })
	fmt.Println(i, xs[i])
	ss := []string{"a", "c", "e"}
	fmt.Println(sort.SearchStrings(ss, "d"))
	fmt.Println(sort.Search(100, func(n int) bool { return n*n >= 50 }))
}

// Output:
// 3 4 6
// 2 5
// 2
// 8
