// iter.Pull (on minigo's internal/coro coroutines): goexit.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("the caller of next exits too")
		next, _ := iter.Pull(func(yield func(int) bool) {
			yield(1)
			runtime.Goexit()
		})
		fmt.Println(next())
		next()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main", runtime.NumGoroutine())
}


// Output:
// 1 true
// the caller of next exits too
// main 1
