// maps.Insert adds the pairs of a Seq2 to a map, overwriting existing keys.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func squares(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func main() {
	m := map[int]int{1: -1, 10: 100}
	maps.Insert(m, squares(4))
	fmt.Println(m)
	words := map[int]string{0: "old"}
	maps.Insert(words, slices.All([]string{"a", "b"}))
	fmt.Println(words)
	maps.Insert(words, maps.All(map[int]string{5: "five"}))
	fmt.Println(words)
}

// Output:
// map[1:1 2:4 3:9 4:16 10:100]
// map[0:a 1:b]
// map[0:a 1:b 5:five]
