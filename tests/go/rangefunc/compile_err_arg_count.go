package main

func seq(yield func(int) bool, extra int) {}

func main() {
	for x := range seq {
		_ = x
	}
}

// Exit: 2
// Stderr:
// compile_err_arg_count\.go:6:17: cannot range over seq \(value of type func\(yield func\(int\) bool, extra int\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count$
// Output:
