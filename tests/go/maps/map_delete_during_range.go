package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 50
// 2450
