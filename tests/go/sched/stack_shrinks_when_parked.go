// A goroutine's stack grows for a deep recursion and shrinks again once the
// goroutine, back at a shallow depth, is parked (Go shrinks at each GC by
// half; minigo at each park by half): StackInuse falls back.
package main

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func stackInuse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.StackInuse
}

func main() {
	grown := make(chan uint64)
	ping := make(chan bool)
	done := make(chan bool)
	go func() {
		deep(200000)
		grown <- stackInuse()
		for range ping {
		}
		done <- true
	}()
	peak := <-grown
	for i := 0; i < 30; i++ {
		runtime.GC()
		ping <- true
	}
	after := stackInuse()
	close(ping)
	<-done
	fmt.Println("grew past 4 MB:", peak > 4<<20)
	fmt.Println("shrank below a quarter of the peak:", after < peak/4)
}

// Output:
// grew past 4 MB: true
// shrank below a quarter of the peak: true
