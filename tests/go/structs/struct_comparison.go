package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	a := P{1, 2, "s"}
	b := P{1, 2, "s"}
	c := P{1, 3, "s"}
	fmt.Println(a == b, a == c, a != c)
	var z P
	fmt.Println(z == P{})
	fmt.Println(z)
	type pair struct{ a [2]int }
	fmt.Println(pair{[2]int{1, 2}} == pair{[2]int{1, 2}})
}

// Output:
// true false true
// true
// {0 0 }
// true
