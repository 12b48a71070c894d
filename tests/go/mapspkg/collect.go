// maps.Collect builds a map from a Seq2: slices.All gives index -> element.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(m, len(m))
	e := maps.Collect(slices.All([]int(nil)))
	fmt.Println(e == nil, len(e))
	e[1] = 1 // Collect always returns a usable map
	fmt.Println(e)
}

// Output:
// map[0:zero 1:one 2:two] 3
// false 0
// map[1:1]
