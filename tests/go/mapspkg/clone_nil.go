// maps.Clone of a nil map is nil; of an empty map, an empty non-nil map.
package main

import (
	"fmt"
	"maps"
)

func main() {
	var m map[string]int
	c := maps.Clone(m)
	fmt.Println(c == nil, len(c))
	e := maps.Clone(map[string]int{})
	fmt.Println(e == nil, len(e))
	e["k"] = 1
	fmt.Println(e)
}

// Output:
// true 0
// false 0
// map[k:1]
