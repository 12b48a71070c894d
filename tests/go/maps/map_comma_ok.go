package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	if _, found := m["one"]; found {
		fmt.Println("found one")
	}
	_, ok = m["x"]
	fmt.Println(ok)
}

// Output:
// 0 true
// 0 false
// found one
// false
