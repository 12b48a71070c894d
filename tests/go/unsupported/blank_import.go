// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import _ "embed"

//go:embed blank_import.go
var src string

func main() {
	println(len(src) > 0)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// blank_import\.go:6:10: package "embed" is not supported by minigo$
// Output:
