// maps.Values yields every value, duplicates included.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 3, "b": 1, "c": 3, "d": 2}
	fmt.Println(slices.Sorted(maps.Values(m)))
	words := map[int]string{1: "one", 2: "two", 3: "three"}
	fmt.Println(slices.Sorted(maps.Values(words)))
	n := 0
	for range maps.Values(map[bool]int(nil)) {
		n++
	}
	fmt.Println(n)
}

// Output:
// [1 2 3 3]
// [one three two]
// 0
