package main

import "fmt"

var global = 10

var (
	a, b int = 1, 2
	s        = "str"
)

const c = 42

func main() {
	var x int
	var y = 3.5
	z := "zed"
	var p, q = true, 'q'
	fmt.Println(global, a, b, s, c)
	fmt.Println(x, y, z, p, q)
	x, w := 7, 8
	fmt.Println(x, w)
	global++
	fmt.Println(global)
}

// Output:
// 10 1 2 str 42
// 0 3.5 zed true 113
// 7 8
// 11
