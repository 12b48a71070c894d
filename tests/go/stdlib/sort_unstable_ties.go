package main

import (
	"fmt"
	"sort"
)

// Sorting indexes by a key with many ties shows which order Go's pdqsort
// leaves equal elements in; minigo runs the same algorithm.
func main() {
	for _, n := range []int{10, 30, 100} {
		idx := make([]int, n)
		key := make([]int, n)
		for i := range idx {
			idx[i] = i
			key[i] = (i * 7) % 5
		}
		sort.Slice(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
		fmt.Println(idx)
	}
}

// Output:
// [0 5 3 8 1 6 4 9 2 7]
// [20 5 15 25 10 0 13 28 3 18 8 23 26 21 11 6 16 1 14 19 9 24 4 29 17 12 22 7 27 2]
// [20 25 95 45 35 5 90 50 0 85 10 30 80 55 70 15 75 60 40 65 78 13 18 23 63 98 73 58 28 68 83 53 8 33 88 93 48 3 38 43 51 26 1 96 91 6 46 86 36 11 81 76 16 31 71 41 56 21 66 61 69 79 99 24 64 39 94 4 44 29 19 54 89 9 74 84 49 34 14 59 37 77 82 32 52 17 47 87 72 7 92 57 12 67 27 2 22 97 42 62]
