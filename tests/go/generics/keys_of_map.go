// A generic Keys function, with the keys sorted before printing.
package main

import (
	"fmt"
	"sort"
)

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	ages := map[string]int{"bob": 31, "alice": 29, "carol": 40}
	names := Keys(ages)
	sort.Strings(names)
	fmt.Println(names, len(names))
	ids := Keys(map[int]bool{3: true, 1: false, 2: true})
	sort.Ints(ids)
	fmt.Println(ids)
}

// Output:
// [alice bob carol] 3
// [1 2 3]
