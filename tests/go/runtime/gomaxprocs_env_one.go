// With GOMAXPROCS=1 goroutines still all run, one at a time.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	out := make(chan int)
	for i := 0; i < 100; i++ {
		go func(k int) { out <- k }(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-out
	}
	fmt.Println(sum)
}

// Env: GOMAXPROCS=1
// Output:
// 1
// 4950
