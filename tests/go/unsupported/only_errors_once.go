// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import (
	"fmt"
	"math/big"
	"os/signal"
)

func main() {
	n := big.NewInt(1)
	signal.Ignore()
	fmt.Println(n.String(), n.BitLen())
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// only_errors_once\.go:8:2: package "math/big" is not supported by minigo$
// only_errors_once\.go:9:2: package "os/signal" is not supported by minigo$
// Output:
