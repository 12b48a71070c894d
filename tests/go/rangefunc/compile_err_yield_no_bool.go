package main

func seq(yield func(int)) {}

func main() {
	for x := range seq {
		_ = x
	}
}

// Exit: 2
// Stderr:
// compile_err_yield_no_bool\.go:6:17: cannot range over seq \(value of type func\(yield func\(int\)\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool$
// Output:
