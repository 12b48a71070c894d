// maps.DeleteFunc removes the pairs the predicate picks.
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	maps.DeleteFunc(m, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(m)
	maps.DeleteFunc(m, func(k string, v int) bool { return strings.HasPrefix(k, "t") })
	fmt.Println(m)
	maps.DeleteFunc(m, func(string, int) bool { return true })
	fmt.Println(m, len(m))
	var nilmap map[int]int
	maps.DeleteFunc(nilmap, func(int, int) bool { return true })
	fmt.Println(nilmap == nil)
}

// Output:
// map[five:5 one:1 three:3]
// map[five:5 one:1]
// map[] 0
// true
