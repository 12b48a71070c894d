package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Names []string

func main() {
	s := []string{"b", "c", "a"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward(s) {
		fmt.Println("back", i, v)
	}
	fmt.Println(slices.Collect(slices.Values(s)), slices.Sorted(slices.Values(s)))
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	m2 := maps.Collect(maps.All(m))
	maps.Insert(m2, maps.All(map[string]int{"w": 0}))
	fmt.Println(len(m2), m2["w"])
	for c := range slices.Chunk(Names{"a", "b", "c", "d", "e"}, 2) {
		fmt.Printf("%v %T\n", c, c)
	}
	up := slices.SortedFunc(slices.Values(s), func(a, b string) int { return strings.Compare(b, a) })
	fmt.Println(up, slices.AppendSeq([]string{"q"}, slices.Values(s)))
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
}

// Output:
// 0 b
// 1 c
// 2 a
// back 2 a
// back 1 c
// back 0 b
// [b c a] [a b c]
// [x y z] [1 2 3]
// 4 0
// [a b] main.Names
// [c d] main.Names
// [e] main.Names
// [c b a] [q b c a]
// true
