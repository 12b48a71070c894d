package main

import "fmt"

type K struct {
	A string
	B int
}

func main() {
	m := map[K][]string{
		{"x", 2}: {"p"},
		{"x", 1}: {"q", "r"},
		{"a", 9}: nil,
	}
	fmt.Println(m)
	fmt.Println(len(m[K{"x", 1}]))
}

// Output:
// map[{a 9}:[] {x 1}:[q r] {x 2}:[p]]
// 2
