// A generic named map type with methods: type Counter[K comparable] map[K]int.
package main

import (
	"fmt"
	"sort"
)

type Counter[K comparable] map[K]int

func (c Counter[K]) Add(ks ...K) {
	for _, k := range ks {
		c[k]++
	}
}

func (c Counter[K]) Top() (K, int) {
	var best K
	n := -1
	for k, v := range c {
		if v > n {
			best, n = k, v
		}
	}
	return best, n
}

func main() {
	c := Counter[string]{}
	c.Add("a", "b", "a", "c", "a", "b")
	fmt.Println(c.Top())
	fmt.Println(c)
	keys := make([]string, 0)
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(c))
}

// Output:
// a 3
// map[a:3 b:2 c:1]
// [a b c] 3
