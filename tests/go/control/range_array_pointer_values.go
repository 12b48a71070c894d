package main

import "fmt"

type P struct{ x, y int }

func main() {
	b := [4]byte{'a', 'b', 'c', 'd'}
	for i, c := range &b {
		fmt.Println(i, c)
	}
	ps := [2]P{{1, 2}, {3, 4}}
	for _, p := range &ps {
		p.x = 100
		fmt.Println(p)
	}
	fmt.Println(ps)
	var i, v int
	for i, v = range &[3]int{4, 5, 6} {
	}
	fmt.Println(i, v)
	var fs []func() int
	for i, v := range &[3]int{7, 8, 9} {
		fs = append(fs, func() int { return i * v })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	type A *[2]string
	var a A = &[2]string{"x", "y"}
	for i, s := range a {
		fmt.Println(i, s)
	}
}

// Output:
// 0 97
// 1 98
// 2 99
// 3 100
// {100 2}
// {100 4}
// [{1 2} {3 4}]
// 2 6
// 0
// 8
// 18
// 0 x
// 1 y
