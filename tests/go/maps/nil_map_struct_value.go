package main

import "fmt"

type P struct{ X, Y int }

func main() {
	var m map[string]P
	fmt.Println(m["a"].X, m["a"])
	v, ok := m["b"]
	fmt.Println(v, ok)
}

// Output:
// 0 {0 0}
// {0 0} false
