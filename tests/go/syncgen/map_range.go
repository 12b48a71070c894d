package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 2 })
	fmt.Println(n)
	v, loaded := m.LoadOrStore(9, "nine")
	fmt.Println(v, loaded)
}

// Output:
// [0 1 2 3 4]
// 2
// nine false
