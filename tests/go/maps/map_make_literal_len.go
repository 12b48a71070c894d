package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	fmt.Println(len(m), m["a"], m["b"])
	lit := map[string]int{"x": 10, "y": 20, "z": 30}
	fmt.Println(len(lit), lit["y"])
	m["a"] += 5
	m["c"]++
	fmt.Println(m["a"], m["c"], len(m))
}

// Output:
// 2 1 2
// 3 20
// 6 1 3
