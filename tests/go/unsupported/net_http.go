// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import "net/http"

func main() {
	_, _ = http.Get("http://localhost:1/")
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// net_http\.go:6:8: package "net/http" is not supported by minigo$
// Output:
