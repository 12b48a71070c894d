// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

import (
	"fmt"
	"os/exec"
)

func main() {
	out, err := exec.Command("echo", "hi").Output()
	fmt.Println(string(out), err)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// os_exec\.go:8:2: package "os/exec" is not supported by minigo$
// Output:
