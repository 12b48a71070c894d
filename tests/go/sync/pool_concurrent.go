// Goroutines share buffers through a Pool; every buffer taken is a fresh
// one or one that was put back, never one in use elsewhere.
package main

import (
	"fmt"
	"sync"
)

type buf struct {
	inUse bool
	data  []byte
}

func main() {
	var mu sync.Mutex
	created := 0
	pool := sync.Pool{New: func() any {
		mu.Lock()
		created++
		mu.Unlock()
		return &buf{}
	}}
	var wg sync.WaitGroup
	bad := 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				b := pool.Get().(*buf)
				mu.Lock()
				if b.inUse {
					bad++
				}
				b.inUse = true
				mu.Unlock()
				b.data = append(b.data[:0], byte(i))
				mu.Lock()
				b.inUse = false
				mu.Unlock()
				pool.Put(b)
			}
		}()
	}
	wg.Wait()
	fmt.Println("shared while in use:", bad, "some created:", created > 0)
}

// Output:
// shared while in use: 0 some created: true
