// slices.AppendSeq appends a sequence's values to an existing slice.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Names []string

func main() {
	s := []int{1, 2}
	s = slices.AppendSeq(s, slices.Values([]int{3, 4}))
	fmt.Println(s)
	n := slices.AppendSeq(Names{"z"}, maps.Keys(map[string]bool{"a": true}))
	fmt.Printf("%T %v\n", n, n)
	var none []int
	none = slices.AppendSeq(none, slices.Values([]int(nil)))
	fmt.Println(none == nil)
	s = slices.AppendSeq(s[:1:1], slices.Values(s))
	fmt.Println(s)
}



// Output:
// [1 2 3 4]
// main.Names [z a]
// true
// [1 1 2 3 4]
