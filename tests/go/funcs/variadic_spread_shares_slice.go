package main

import "fmt"

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	s := []int{1, 2, 3}
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(s[1], s[2])
	fmt.Println(s)
	all := append([]int{9}, s...)
	fmt.Println(all)
}

// Output:
// [0 2 3]
// [0 2 3]
// [9 0 2 3]
