// A waiter that has waited over 1 ms and still loses the Mutex to a
// running goroutine puts the Mutex in starvation mode (state bit 4): the
// next Unlock hands the lock straight to it, and as the last waiter it
// switches the Mutex back to normal mode. (The state word is read from
// fmt's print of the Mutex, {{} {state sema}}, as Go prints it.)
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

func state(mu *sync.Mutex) int {
	s := fmt.Sprint(mu)
	f := strings.Fields(strings.NewReplacer("{", " ", "}", " ", "&", " ").Replace(s))
	n, _ := strconv.Atoi(f[0])
	return n
}

func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println("waiter has the lock, starving:", state(&mu)&4 != 0)
		mu.Unlock()
	}()
	for state(&mu)>>3 != 1 {
		runtime.Gosched()
	}
	time.Sleep(3 * time.Millisecond) // the waiter has now waited over 1 ms
	mu.Unlock()                      // wakes the waiter...
	mu.Lock()                        // ...but main takes the lock first
	for state(&mu)&4 == 0 {
		runtime.Gosched() // the waiter runs, loses, and asks for starvation mode
	}
	fmt.Println("starvation mode, waiters:", state(&mu)>>3)
	mu.Unlock() // hands the lock over
	wg.Wait()
	fmt.Println("final state:", state(&mu))
}

// Output:
// starvation mode, waiters: 1
// waiter has the lock, starving: false
// final state: 0
