package main

import (
	"fmt"
	"sort"
)

func main() {
	sq := map[int]int{}
	for i := 5; i > 0; i-- {
		sq[i] = i * i
	}
	keys := make([]int, 0, len(sq))
	for k := range sq {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Print(sq[k], " ")
	}
	fmt.Println()
}

// Output:
// [1 2 3 4 5]
// 1 4 9 16 25 
