// *Mutex, *RWMutex and RLocker() all satisfy sync.Locker.
package main

import (
	"fmt"
	"sync"
)

func withLock(l sync.Locker, what string) {
	l.Lock()
	defer l.Unlock()
	fmt.Println("locked:", what)
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	withLock(&mu, "Mutex")
	withLock(&rw, "RWMutex")
	r := rw.RLocker()
	withLock(r, "RLocker")
	fmt.Printf("%T\n", r)
	r.Lock()
	fmt.Println("writer can lock while read-locked:", rw.TryLock())
	fmt.Println("reader can lock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	r.Unlock()
	fmt.Println("writer can lock now:", rw.TryLock())
}

// Output:
// locked: Mutex
// locked: RWMutex
// locked: RLocker
// *sync.rlocker
// writer can lock while read-locked: false
// reader can lock while read-locked: true
// writer can lock now: true
