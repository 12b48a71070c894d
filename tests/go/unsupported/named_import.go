// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import j "encoding/json"

func main() {
	_, _ = j.Marshal(1)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// named_import\.go:6:10: package "encoding/json" is not supported by minigo$
// Output:
