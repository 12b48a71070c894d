// Breaking out of a loop over maps.All, maps.Keys and maps.Values stops the iterator.
package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[int]int{}
	for i := range 100 {
		m[i] = i * i
	}
	n := 0
	for range maps.All(m) {
		n++
		if n == 5 {
			break
		}
	}
	fmt.Println(n)
	n = 0
	for k := range maps.Keys(m) {
		_ = k
		n++
		if n == 7 {
			break
		}
	}
	fmt.Println(n)
	n = 0
	for v := range maps.Values(m) {
		if v >= 0 {
			n++
		}
		if n == 3 {
			break
		}
	}
	fmt.Println(n)
}

// Output:
// 5
// 7
// 3
