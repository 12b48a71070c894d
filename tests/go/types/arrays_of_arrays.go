package main

import "fmt"

func main() {
	var m [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i*3 + j
		}
	}
	fmt.Println(m)
	row := m[1]
	row[0] = 100
	fmt.Println(m[1], row)
	t := m
	t[2][2] = -1
	fmt.Println(m == t, m[2], t[2])
	id := [2][2]int{{1, 0}, {0, 1}}
	fmt.Println(id == [2][2]int{{1, 0}, {0, 1}}, len(id), len(id[0]))
}

// Output:
// [[0 1 2] [3 4 5] [6 7 8]]
// [3 4 5] [100 4 5]
// false [6 7 8] [6 7 -1]
// true 2 2
