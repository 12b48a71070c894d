// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

// #include <stdlib.h>
import "C"

func main() {
	C.free(nil)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// cgo\.go:7:8: cgo \(import "C"\) is not supported by minigo$
// Output:
