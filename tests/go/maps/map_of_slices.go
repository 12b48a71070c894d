package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	keys := []string{}
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}
}

// Output:
// a [apple avocado] 2
// b [banana blueberry] 2
// c [cherry] 1
