// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

func main() {
	var c complex128
	var d []complex64
	println(c == 0, len(d))
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// complex_type\.go:7:8: complex numbers are not supported by minigo$
// complex_type\.go:8:10: complex numbers are not supported by minigo$
// Output:
