// A slow receiver does not get a backlog of ticks: at most one waits in C,
// the others are dropped.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(100 * time.Millisecond)
	defer tk.Stop()
	time.Sleep(350 * time.Millisecond)
	<-tk.C
	select {
	case <-tk.C:
		fmt.Println("backlog")
	default:
		fmt.Println("one tick waited, the others were dropped")
	}
}

// Output:
// one tick waited, the others were dropped
