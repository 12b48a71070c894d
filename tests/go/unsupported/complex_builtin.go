// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

func main() {
	c := complex(1, 2)
	println(real(c), imag(c))
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// complex_builtin\.go:7:7: complex numbers are not supported by minigo$
// Output:
