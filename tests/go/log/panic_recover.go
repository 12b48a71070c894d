package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "P ", 0)
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %q\n", r, r)
		l.Panicln("second", "time")
	}()
	l.Panicf("bad state %d", 42)
}
// Exit: 2
// Stderr:
// ^panic: bad state 42 \[recovered\]$
// ^	panic: second time$
// ^goroutine 1 \[running\]:$
// Output:
// P bad state 42
// recovered string "bad state 42"
// P second time
