package main

func seq(yield chan int) {}

func main() {
	for x := range seq {
		_ = x
	}
}

// Exit: 2
// Stderr:
// compile_err_not_func\.go:6:17: cannot range over seq \(value of type func\(yield chan int\)\): func must be func\(yield func\(\.\.\.\) bool\): argument is not func$
// Output:
