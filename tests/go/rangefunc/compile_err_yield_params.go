package main

func seq(yield func(int, int, int) bool) {}

func main() {
	for x := range seq {
		_ = x
	}
}

// Exit: 2
// Stderr:
// compile_err_yield_params\.go:6:17: cannot range over seq \(value of type func\(yield func\(int, int, int\) bool\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func has too many parameters$
// Output:
