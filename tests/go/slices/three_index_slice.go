package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5}
	b := a[1:3:4]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(a)
	b = append(b, 200)
	b[0] = -1
	fmt.Println(a, b)
}

// Output:
// [1 2] 2 3
// [0 1 2 100 4 5]
// [0 1 2 100 4 5] [-1 2 100 200]
