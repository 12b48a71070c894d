package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a"})
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name)
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(&Config{"x"}, &Config{"y"}), p.CompareAndSwap(cur, &Config{"c"}), p.Load().Name)
	var counter atomic.Pointer[int]
	zero := 0
	counter.Store(&zero)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				o := counter.Load()
				n := *o + 1
				if counter.CompareAndSwap(o, &n) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(*counter.Load())
}

// Output:
// true
// a b
// false true c
// 50
