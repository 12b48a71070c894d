package main

import "fmt"

type Key struct {
	Name string
	Pos  [2]int
}

func main() {
	a := Key{"k", [2]int{1, 2}}
	b := a
	fmt.Println(a == b)
	b.Pos[1] = 3
	fmt.Println(a == b, a, b)
	var i1, i2 any = a, Key{"k", [2]int{1, 2}}
	fmt.Println(i1 == i2)
}

// Output:
// true
// false {k [1 2]} {k [1 3]}
// true
