package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	fmt.Println(jag, len(jag[2]))
	jag[1] = append(jag[1], "d")
	fmt.Println(jag)
}

// Output:
// [[0] [0 1] [0 2 4]]
// [[a] [b c] []] 0
// [[a] [b c d] []]
