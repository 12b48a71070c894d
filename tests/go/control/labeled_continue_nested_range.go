package main

import "fmt"

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
rows:
	for _, row := range matrix {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	fmt.Println(sum)
search:
	for i, row := range matrix {
		for j, v := range row {
			if v == 8 {
				fmt.Println("found at", i, j)
				break search
			}
		}
	}
}

// Output:
// 34
// found at 2 1
