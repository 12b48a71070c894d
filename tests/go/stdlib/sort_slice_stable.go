package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Key   int
	Label string
}

func main() {
	items := []Item{{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}, {3, "e"}, {2, "f"}}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Key < items[j].Key })
	fmt.Println(items)
}

// Output:
// [{1 b} {1 d} {2 a} {2 c} {2 f} {3 e}]
