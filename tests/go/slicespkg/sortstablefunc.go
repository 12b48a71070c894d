// slices.SortStableFunc keeps the original order of equal elements.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type item struct {
	key int
	tag string
}

func main() {
	var items []item
	for i := 0; i < 60; i++ {
		items = append(items, item{(i * 7) % 4, fmt.Sprint(i)})
	}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.key, b.key) })
	for k := 0; k < 4; k++ {
		var tags []string
		for _, it := range items {
			if it.key == k {
				tags = append(tags, it.tag)
			}
		}
		fmt.Println(k, tags)
	}
}

// Output:
// 0 [0 4 8 12 16 20 24 28 32 36 40 44 48 52 56]
// 1 [3 7 11 15 19 23 27 31 35 39 43 47 51 55 59]
// 2 [2 6 10 14 18 22 26 30 34 38 42 46 50 54 58]
// 3 [1 5 9 13 17 21 25 29 33 37 41 45 49 53 57]
