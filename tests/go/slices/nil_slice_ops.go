package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s, s == nil)
	e := []int{}
	fmt.Println(e == nil, len(e))
	fmt.Println(s[0:0] == nil, s[:0])
}

// Output:
// true 0 0
// [1] false
// false 0
// false []
