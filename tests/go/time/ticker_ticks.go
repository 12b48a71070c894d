// A Ticker sends on C every period until stopped; each value is the time
// the tick was due; after Stop no tick comes.
package main

import (
	"fmt"
	"time"
)

func main() {
	const period = 20 * time.Millisecond
	start := time.Now()
	tk := time.NewTicker(period)
	var last time.Time
	for i := 1; i <= 4; i++ {
		last = <-tk.C
		fmt.Println("tick", i)
	}
	fmt.Println(time.Since(start) >= 4*period, last.Sub(start) >= 4*period)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(5 * period):
		fmt.Println("stopped")
	}
}

// Output:
// tick 1
// tick 2
// tick 3
// tick 4
// true true
// stopped
