package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := make([]int, 0, 50)
	for i := 0; i < 50; i++ {
		xs = append(xs, (i*37+11)%50)
	}
	calls := 0
	sort.Slice(xs, func(i, j int) bool {
		calls++
		return xs[i] > xs[j]
	})
	fmt.Println(xs)
	fmt.Println(calls > 0, sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] > xs[j] }))
	words := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}

// Output:
// [49 48 47 46 45 44 43 42 41 40 39 38 37 36 35 34 33 32 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0]
// true true
// [fig kiwi apple banana cherry]
