// On one P, a goroutine that loops calling runtime.Gosched lets the other
// goroutine run and set the flag it waits for.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag atomic.Bool
	go func() {
		fmt.Println("other goroutine runs")
		flag.Store(true)
	}()
	spins := 0
	for !flag.Load() {
		spins++
		runtime.Gosched()
	}
	fmt.Println("flag seen, yielded:", spins > 0)
}

// Output:
// other goroutine runs
// flag seen, yielded: true
