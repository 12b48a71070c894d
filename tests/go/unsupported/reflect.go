// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println(reflect.TypeOf(1))
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// reflect\.go:8:2: package "reflect" is not supported by minigo$
// Output:
