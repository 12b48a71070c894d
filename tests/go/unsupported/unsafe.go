// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import (
	"fmt"
	"unsafe"
)

func main() {
	fmt.Println(unsafe.Sizeof(1))
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// unsafe\.go:8:2: package "unsafe" is not supported by minigo$
// Output:
