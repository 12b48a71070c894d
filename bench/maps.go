// maps.go: map insert and lookup — pseudo-random int keys (an LCG, so that
// no implementation can keep them in an array), then string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 500000

	m := make(map[int]int)
	x := 42
	for i := 0; i < n; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		m[x%1000000] += i
	}
	hits, sum := 0, 0
	for k := 0; k < 2*n; k++ {
		x = (x*1103515245 + 12345) % 2147483648
		if v, ok := m[x%1000000]; ok {
			hits++
			sum += v % 1000
		}
	}
	fmt.Println(len(m), hits, sum)

	s := make(map[string]int)
	for i := 0; i < n; i++ {
		s["key"+strconv.Itoa(i%50000)]++
	}
	found := 0
	for i := 0; i < n; i++ {
		found += s["key"+strconv.Itoa(i)]
	}
	delete(s, "key7")
	fmt.Println(len(s), found)
}
