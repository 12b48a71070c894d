// The makechan panic is a runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(r, isRuntime)
	}()
	n := -5
	_ = make(chan string, n)
}

// Output:
// makechan: size out of range true
