package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(m["nope"])
	ms := map[int]string{}
	fmt.Printf("%q\n", ms[5])
	mp := map[string]P{}
	fmt.Println(mp["q"])
	msl := map[string][]int{}
	fmt.Println(msl["k"] == nil, len(msl["k"]))
	fmt.Println(len(m))
}

// Output:
// 0
// ""
// {0 0}
// true 0
// 1
