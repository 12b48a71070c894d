package main

import "fmt"

func main() {
	m := map[string]int{}
	for i := 0; i < 5; i++ {
		m["k"] = i
	}
	fmt.Println(len(m), m["k"])
	m2 := map[string]int{"a": 1}
	m2["a"], m2["b"] = m2["b"], m2["a"]
	fmt.Println(m2)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))
}

// Output:
// 1 4
// map[a:0 b:1]
// 3 2 0 8
