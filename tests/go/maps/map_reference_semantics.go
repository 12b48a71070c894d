package main

import "fmt"

func fill(m map[string]int) {
	m["added"] = 1
}

func main() {
	m := map[string]int{}
	fill(m)
	other := m
	other["x"] = 2
	fmt.Println(m)
	fmt.Println(len(m), len(other))
}

// Output:
// map[added:1 x:2]
// 2 2
