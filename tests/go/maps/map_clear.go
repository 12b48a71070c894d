package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias))
	m["c"] = 3
	fmt.Println(alias)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}

// Output:
// 0 0
// map[c:3]
// [0 0 0] 3
