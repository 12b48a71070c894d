// A Cache[K comparable, V any] guarded by a mutex and filled by goroutines.
package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{m: make(map[K]V)} }

func (c *Cache[K, V]) GetOrCompute(k K, f func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	v := f(k)
	c.m[k] = v
	return v
}

func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

func main() {
	c := NewCache[int, string]()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.GetOrCompute(i%10, func(k int) string { return fmt.Sprint("v", k) })
		}()
	}
	wg.Wait()
	fmt.Println(c.Len(), c.GetOrCompute(7, nil))
}

// Output:
// 10 v7
