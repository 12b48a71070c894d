// The channel of a Timer or Ticker reports len and cap 0 (Go 1.23+), even
// with a due value waiting in it.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C))
	<-t.C
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(3 * time.Millisecond)
	fmt.Println(len(tk.C), cap(tk.C))
	tk.Stop()
}

// Output:
// 0 0
// 0 0
