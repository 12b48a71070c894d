// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	b, err := json.Marshal(map[string]int{"a": 1})
	fmt.Println(string(b), err)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// encoding_json\.go:7:2: package "encoding/json" is not supported by minigo$
// Output:
