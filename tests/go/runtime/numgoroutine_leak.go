// Goroutines blocked forever are not garbage collected: they stay counted.
package main

import (
	"fmt"
	"runtime"
)

func leak() {
	c := make(chan int)
	go func() {
		<-c
	}()
}

func main() {
	for i := 0; i < 100; i++ {
		leak()
	}
	runtime.GC()
	runtime.GC()
	fmt.Println(runtime.NumGoroutine())
}

// Output:
// 101
