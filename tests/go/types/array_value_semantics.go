package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	zero(a)
	fmt.Println(a)
	fmt.Println(a == [3]int{1, 2, 3}, a == b)
	c := [...]string{"x", "y"}
	fmt.Println(len(c), c)
	var grid [2][3]int
	grid[1][2] = 5
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2)
	d := [5]int{1: 10, 3: 30}
	fmt.Println(d)
}

// Output:
// [1 2 3] [100 2 3]
// [1 2 3]
// true false
// 2 [x y]
// [[0 0 0] [0 0 5]] [[1 0 0] [0 0 5]]
// [0 10 0 30 0]
