package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	fmt.Println(i, a[i] == x)
	fmt.Println(sort.SearchInts(a, 11), sort.SearchInts(a, 100), sort.SearchInts(a, 0))
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2.5))
	j, found := sort.Find(len(a), func(i int) int { return 28 - a[i] })
	fmt.Println(j, found)
	guess := sort.Search(1000, func(n int) bool { return n*n >= 500 })
	fmt.Println(guess)
}

// Output:
// 2 true
// 4 10 0
// 2 1
// 6 true
// 23
