package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := make([]int, 2, 2)
	d := append(c, 1)
	d[0] = 9
	fmt.Println(c, d)
}

// Output:
// [1 20 3 4 5] [20 3] 2 4
// [1 20 3 30 5] [20 3 30]
// [0 0] [9 0 1]
