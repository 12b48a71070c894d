package main

import "fmt"

func main() {
	m := make(map[int]int, 4)
	for i := 0; i < 100000; i++ {
		m[i] = i * 2
	}
	fmt.Println(len(m), m[99999], m[50000])
	for i := 0; i < 100000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), m[2], m[3])
}

// Output:
// 100000 199998 100000
// 50000 0 6
