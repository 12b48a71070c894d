package main

func seq(yield func(int) bool) bool { return true }

func main() {
	for x := range seq {
		_ = x
	}
}

// Exit: 2
// Stderr:
// compile_err_results\.go:6:17: cannot range over seq \(value of type func\(yield func\(int\) bool\) bool\): func must be func\(yield func\(\.\.\.\) bool\): unexpected results$
// Output:
