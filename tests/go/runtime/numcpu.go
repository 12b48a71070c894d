// runtime.NumCPU and the default GOMAXPROCS are at least 1.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU() >= 1)
	fmt.Println(runtime.GOMAXPROCS(0) >= 1)
}

// Output:
// true
// true
