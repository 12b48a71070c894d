package main

import "fmt"

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 5)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
}

// Output:
// 2 [1 2]
// 3 [1 2 3 0 0]
// [1 1 2 3 4]
