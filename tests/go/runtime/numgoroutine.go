// runtime.NumGoroutine counts main plus every goroutine that has started and
// not yet ended.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func waitFor(n int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() != n; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() { <-release }()
	}
	fmt.Println("with 5 blocked:", runtime.NumGoroutine())
	close(release)
	fmt.Println("after release:", waitFor(1))
}

// Output:
// start: 1
// with 5 blocked: 6
// after release: 1
