// Goroutines blocked in Lock get the Mutex in the order they queued: the
// semaphore queue is FIFO. (The waiter count is read from the Mutex's
// state word, printed by fmt as Go prints it: {{} {state sema}}. One P, so
// that a goroutine counted as a waiter has also queued before main goes on.)
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

func waiters(mu *sync.Mutex) int {
	s := fmt.Sprint(mu)
	f := strings.Fields(strings.NewReplacer("{", " ", "}", " ", "&", " ").Replace(s))
	state, _ := strconv.Atoi(f[0])
	return state >> 3
}

func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	var order []int
	mu.Lock()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
		for waiters(&mu) != i+1 {
			runtime.Gosched()
		}
	}
	fmt.Println("queued:", waiters(&mu))
	mu.Unlock()
	wg.Wait()
	fmt.Println("order:", order)
}

// Output:
// queued: 5
// order: [0 1 2 3 4]
