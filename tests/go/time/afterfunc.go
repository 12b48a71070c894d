// AfterFunc runs f in its own goroutine once d has passed; its Timer has
// no channel; Stop before the time prevents the call, Reset re-arms it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	t := time.AfterFunc(20*time.Millisecond, func() { done <- "fired" })
	fmt.Println(t.C == nil)
	fmt.Println(<-done)
	fmt.Println(t.Stop())

	calls := make(chan int, 10)
	t2 := time.AfterFunc(time.Hour, func() { calls <- 1 })
	fmt.Println(t2.Stop(), t2.Stop())
	fmt.Println(t2.Reset(10 * time.Millisecond))
	time.Sleep(100 * time.Millisecond)
	fmt.Println(len(calls), t2.Stop())

	t3 := time.AfterFunc(10*time.Millisecond, func() { calls <- 3 })
	t3.Stop()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(len(calls))
}

// Output:
// true
// fired
// false
// true false
// false
// 1 false
// 1
