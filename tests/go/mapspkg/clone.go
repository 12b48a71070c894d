// maps.Clone makes an independent shallow copy.
package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string][]int{"a": {1, 2}, "b": {3}}
	c := maps.Clone(m)
	c["c"] = []int{9}
	delete(c, "b")
	fmt.Println(len(m), len(c))
	fmt.Println(m)
	fmt.Println(c)
	c["a"][0] = 100 // the slices are shared: a shallow clone
	fmt.Println(m["a"])
}

// Output:
// 2 2
// map[a:[1 2] b:[3]]
// map[a:[1 2] c:[9]]
// [100 2]
