package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{0, 0}])
	_, ok := grid[Point{2, 1}]
	fmt.Println(ok)
	fmt.Println(grid)
}

// Output:
// 2 b origin
// false
// map[{0 0}:origin {1 2}:b]
