// runtime.Stack writes the calling goroutine's trace; its first line is
// "goroutine N [running]:".
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	first := strings.Split(string(buf[:n]), "\n")[0]
	fmt.Println(first)

	out := make(chan string)
	go func() {
		n := runtime.Stack(buf, false)
		out <- strings.Split(string(buf[:n]), "\n")[0]
	}()
	line := <-out
	fmt.Println(strings.HasPrefix(line, "goroutine "), strings.HasSuffix(line, " [running]:"), line != first)
}

// Output:
// goroutine 1 [running]:
// true true true
