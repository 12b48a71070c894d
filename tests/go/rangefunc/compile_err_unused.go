package main

func seq(yield func(int) bool) {}

func main() {
	for x := range seq {
	}
}

// Exit: 2
// Stderr:
// compile_err_unused\.go:6:6: declared and not used: x$
// Output:
