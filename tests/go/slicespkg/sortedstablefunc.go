// slices.SortedStableFunc keeps equal elements in sequence order.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type entry struct {
	name  string
	group int
}

func main() {
	es := []entry{{"e", 2}, {"a", 1}, {"d", 2}, {"b", 1}, {"f", 0}, {"c", 1}}
	byGroup := func(x, y entry) int { return cmp.Compare(x.group, y.group) }
	fmt.Println(slices.SortedStableFunc(slices.Values(es), byGroup))
	rev := func(yield func(entry) bool) {
		for _, e := range slices.Backward(es) {
			if !yield(e) {
				return
			}
		}
	}
	fmt.Println(slices.SortedStableFunc(rev, byGroup))
}

// Output:
// [{f 0} {a 1} {b 1} {c 1} {e 2} {d 2}]
// [{f 0} {c 1} {b 1} {a 1} {d 2} {e 2}]
