// Ticker.Reset changes the period (and drops a waiting tick); Reset and
// NewTicker panic on a non-positive period; Tick(d <= 0) is nil.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	tk := time.NewTicker(time.Hour)
	tk.Reset(10 * time.Millisecond)
	start := time.Now()
	<-tk.C
	<-tk.C
	d := time.Since(start)
	fmt.Println(d >= 20*time.Millisecond, d < 2*time.Second)
	time.Sleep(30 * time.Millisecond)
	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no tick")
	}
	tk.Stop()
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Reset(-1)", func() { tk.Reset(-1) })
	var zero time.Ticker
	zero.Stop()
	try("zero Reset", func() { zero.Reset(time.Second) })
	fmt.Println(time.Tick(0) == nil, time.Tick(-time.Second) == nil)
	<-time.Tick(time.Millisecond)
	fmt.Println("Tick ticks")
}

// Output:
// true true
// no tick
// NewTicker(0): non-positive interval for NewTicker
// Reset(-1): non-positive interval for Ticker.Reset
// zero Reset: time: Reset called on uninitialized Ticker
// true true
// Tick ticks
