// Timer.Stop and Reset report whether the timer was still pending (a fired
// value nobody received counts as pending: timer channels are synchronous
// since Go 1.23), and leave no stale value in C.
package main

import (
	"fmt"
	"time"
)

func ready(c <-chan time.Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop(), ready(t.C))

	t = time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println(t.Stop(), ready(t.C))

	fmt.Println(t.Reset(10 * time.Millisecond))
	<-t.C
	fmt.Println(t.Reset(time.Hour), t.Reset(time.Millisecond))
	time.Sleep(30 * time.Millisecond)
	fmt.Println(t.Reset(time.Hour), ready(t.C))
	fmt.Println(t.Stop())
}

// Output:
// true false false
// true false
// false
// false true
// true false
// true
