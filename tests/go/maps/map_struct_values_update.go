package main

import "fmt"

type Acc struct{ N int }

func main() {
	m := map[string]Acc{"a": {1}}
	a := m["a"]
	a.N = 10
	fmt.Println(m["a"].N)
	m["a"] = a
	fmt.Println(m["a"].N)
	pm := map[string]*Acc{"p": {5}}
	pm["p"].N++
	fmt.Println(pm["p"].N)
}

// Output:
// 1
// 10
// 6
