package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _ = get() }()
	}
	wg.Wait()
	fmt.Println(get(), calls)
	pair := sync.OnceValues(func() (string, error) { calls++; return "cfg", nil })
	s, err := pair()
	s2, _ := pair()
	fmt.Println(s, err, s2, calls)
	hello := sync.OnceFunc(func() { fmt.Println("once") })
	hello()
	hello()
}

// Output:
// 42 1
// cfg <nil> cfg 2
// once
