// A Lazy[T] computing its value once with sync.Once, shared by goroutines.
package main

import (
	"fmt"
	"sync"
)

type Lazy[T any] struct {
	once sync.Once
	f    func() T
	v    T
}

func (l *Lazy[T]) Get() T {
	l.once.Do(func() { l.v = l.f() })
	return l.v
}

func main() {
	calls := 0
	l := &Lazy[[]int]{f: func() []int { calls++; return []int{1, 2, 3} }}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := len(l.Get())
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(calls, total, l.Get())
}

// Output:
// 1 30 [1 2 3]
