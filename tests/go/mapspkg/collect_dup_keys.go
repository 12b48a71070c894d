// maps.Collect: when a Seq2 repeats a key, the last value wins.
package main

import (
	"fmt"
	"iter"
	"maps"
)

func pairs(ks []string, vs []int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, k := range ks {
			if !yield(k, vs[i]) {
				return
			}
		}
	}
}

func main() {
	m := maps.Collect(pairs([]string{"a", "b", "a", "c", "b"}, []int{1, 2, 3, 4, 5}))
	fmt.Println(m)
}

// Output:
// map[a:3 b:5 c:4]
