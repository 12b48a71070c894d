// maps.Clone, Collect and Copy with a named map type: Clone keeps the type.
package main

import (
	"fmt"
	"maps"
)

type Scores map[string]int

func (s Scores) Total() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	s := Scores{"ann": 3, "bob": 4}
	c := maps.Clone(s)
	fmt.Printf("%T %d\n", c, c.Total())
	all := maps.Collect(maps.All(s))
	fmt.Printf("%T %v\n", all, all)
	dst := Scores{"cy": 10}
	maps.Copy(dst, all)
	fmt.Println(dst, dst.Total())
}

// Output:
// main.Scores 7
// map[string]int map[ann:3 bob:4]
// map[ann:3 bob:4 cy:10] 17
