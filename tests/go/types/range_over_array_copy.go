package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Println(i, v)
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		fmt.Println(i, v)
	}
	t := []int{1, 2}
	for i := range t {
		t = append(t, i)
	}
	fmt.Println(t)
}

// Output:
// 0 1
// 1 2
// 2 3
// 0 1
// 1 2
// 2 100
// [1 2 0 1]
