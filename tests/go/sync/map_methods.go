// sync.Map's methods: Load, Store, LoadOrStore, LoadAndDelete, Delete,
// Swap, CompareAndSwap, CompareAndDelete, Range (stopping early), Clear.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

func main() {
	var m sync.Map
	fmt.Println(m.Load("a"))
	m.Store("a", 1)
	m.Store("b", 2)
	fmt.Println(m.Load("a"))
	fmt.Println(m.LoadOrStore("a", 10))
	fmt.Println(m.LoadOrStore("c", 3))
	fmt.Println(m.Swap("b", 20))
	fmt.Println(m.Swap("d", 4))
	fmt.Println(m.CompareAndSwap("b", 2, 200), m.CompareAndSwap("b", 20, 200))
	fmt.Println(m.CompareAndSwap("zz", nil, 1))
	fmt.Println(m.CompareAndDelete("d", 5), m.CompareAndDelete("d", 4))
	fmt.Println(m.LoadAndDelete("c"))
	fmt.Println(m.LoadAndDelete("c"))
	m.Delete("nope")
	m.Store(7, "seven")
	dump(&m)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("range stopped after", n)
	m.Clear()
	dump(&m)
	m.Store("again", true)
	dump(&m)
}

// Output:
// <nil> false
// 1 true
// 1 true
// 3 false
// 2 true
// <nil> false
// false true
// false
// false true
// 3 true
// <nil> false
// [7=seven a=1 b=200]
// range stopped after 1
// []
// [again=true]
