package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	m[1] = 3
	fmt.Println(len(m))
	_, ok := m[math.NaN()]
	fmt.Println(ok)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 3
// false
// 6
