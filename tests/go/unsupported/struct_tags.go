// minigo only: Go compiles this program; minigo rejects it at compile time.
// The Flags line (the default language) makes tests/diff_go.sh skip it.

package main

type T struct {
	Name string `json:"name"`
}

func main() {
	println(T{"x"}.Name)
}

// Flags: -lang=go1.22
// Exit: 2
// Stderr:
// struct_tags\.go:7:14: struct tags are not supported by minigo$
// Output:
