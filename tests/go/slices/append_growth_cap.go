package main

import "fmt"

// Package-level slices live on the heap, so the capacities below are
// growslice's (not the stack-allocated backing store of a local slice).
var s []int
var t []string

func main() {
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t = append(t, "a", "b", "c")
	fmt.Println(len(t), cap(t))
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
}

// Output:
// 1 2 4 4 8 8 8 8 16 16 
// 3 3
// [0 0 0] 3 10
