// Goroutines store into and read from one sync.Map at the same time;
// Range may call Store on the map it ranges over.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				k := g*100 + i
				m.Store(k, k*2)
				if v, ok := m.Load(k); !ok || v.(int) != k*2 {
					fmt.Println("lost", k)
				}
			}
		}()
	}
	wg.Wait()
	count, sum := 0, 0
	m.Range(func(k, v any) bool {
		count++
		sum += v.(int)
		m.Store(k, 0)
		return true
	})
	fmt.Println(count, sum)
	zeros := 0
	m.Range(func(k, v any) bool {
		if v.(int) == 0 {
			zeros++
		}
		return true
	})
	fmt.Println("zeroed by Range:", zeros)
}

// Output:
// 800 639200
// zeroed by Range: 800
