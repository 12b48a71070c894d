// maps.Keys yields every key once; slices.Sorted gives them a fixed order.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2, "kiwi": 0}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	ints := map[int]bool{30: true, -5: false, 7: true}
	fmt.Println(slices.Sorted(maps.Keys(ints)))
	var empty map[string]int
	fmt.Println(len(slices.Sorted(maps.Keys(empty))))
}

// Output:
// [apple fig kiwi pear]
// [-5 7 30]
// 0
