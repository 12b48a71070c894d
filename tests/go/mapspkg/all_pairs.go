// maps.All yields key/value pairs; they are gathered and sorted to print.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"x": 10, "y": 20, "z": 30}
	var lines []string
	for k, v := range maps.All(m) {
		lines = append(lines, fmt.Sprintf("%s=%d", k, v))
	}
	slices.Sort(lines)
	fmt.Println(lines)
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// [x=10 y=20 z=30]
// 60
