// Two RLocker results are the same *sync.rlocker (rw itself), so they are
// equal; each Lock is a read lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	a, b := rw.RLocker(), rw.RLocker()
	fmt.Println(a == b)
	fmt.Printf("%T\n", a)
	a.Lock()
	b.Lock()
	b.Unlock()
	a.Unlock()
	rw.Lock()
	fmt.Println("ok")
}

// Output:
// true
// *sync.rlocker
// ok
