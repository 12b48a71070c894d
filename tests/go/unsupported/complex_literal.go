// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

func main() {
	x := 2.5i
	println(x)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// complex_literal\.go:7:7: imaginary literals are not supported by minigo$
// Output:
