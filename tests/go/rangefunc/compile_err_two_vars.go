package main

func seq(yield func(int) bool) {}

func main() {
	for x, y := range seq {
		_, _ = x, y
	}
}

// Exit: 2
// Stderr:
// compile_err_two_vars\.go:6:9: range over seq \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable$
// Output:
