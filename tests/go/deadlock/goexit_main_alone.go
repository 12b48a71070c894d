// Goexit in main with no other goroutine: Go's special fatal error.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred in main")
	runtime.Goexit()
}

// Exit: 2
// Stderr:
// ^fatal error: no goroutines \(main called runtime.Goexit\) - deadlock!$
// Output:
// deferred in main
