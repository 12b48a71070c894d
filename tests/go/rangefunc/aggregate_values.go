package main

import "fmt"

type Point struct{ X, Y int }

var pts = []Point{{1, 2}, {3, 4}}

func points(yield func(int, Point) bool) {
	for i, p := range pts {
		if !yield(i, p) {
			return
		}
	}
}

func grids(yield func([2]int) bool) {
	g := [2]int{7, 8}
	yield(g)
	fmt.Println("iterator's array unchanged:", g)
}

func main() {
	for i, p := range points {
		p.X *= 100 // a copy
		fmt.Println(i, p)
	}
	fmt.Println(pts)
	for g := range grids {
		g[0] = -1
		fmt.Println(g)
	}
	var last Point
	for _, last = range points {
	}
	last.Y = 0
	fmt.Println(last, pts[1])
}

// Output:
// 0 {100 2}
// 1 {300 4}
// [{1 2} {3 4}]
// [-1 8]
// iterator's array unchanged: [7 8]
// {3 0} {3 4}
