package main

import "fmt"

func main() {
	for i, v := range []string{"a", "b", "c"} {
		fmt.Println(i, v)
	}
	total := 0
	for _, v := range []int{10, 20, 30} {
		total += v
	}
	fmt.Println(total)
	for i := range [3]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		s[i] = v * 10
	}
	fmt.Println(s)
}

// Output:
// 0 a
// 1 b
// 2 c
// 60
// 012
// [10 20 30]
