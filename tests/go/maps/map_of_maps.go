package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	add := func(a, b string) {
		if m[a] == nil {
			m[a] = map[string]int{}
		}
		m[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(m)
	fmt.Println(m["x"]["y"], m["q"]["r"])
}

// Output:
// map[w:map[y:1] x:map[y:2 z:1]]
// 2 0
