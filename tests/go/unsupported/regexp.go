// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println(regexp.MustCompile("a+").MatchString("caab"))
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// regexp\.go:8:2: package "regexp" is not supported by minigo$
// Output:
