// Waiting on the channel of a stopped timer is a deadlock: nothing can
// ever send on it.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop())
	<-t.C
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!
// ^goroutine 1 \[chan receive\]:
// Output:
// true
