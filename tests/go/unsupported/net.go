// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import "net"

func main() {
	_, _ = net.Dial("tcp", "localhost:1")
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// net\.go:6:8: package "net" is not supported by minigo$
// Output:
