// runtime.Version names the toolchain; it starts with "go".
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	v := runtime.Version()
	fmt.Println(strings.HasPrefix(v, "go"), len(v) > 2)
}

// Output:
// true true
