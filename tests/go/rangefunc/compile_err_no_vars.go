package main

func ticks(yield func() bool) {}

func main() {
	for t := range ticks {
		_ = t
	}
}

// Exit: 2
// Stderr:
// compile_err_no_vars\.go:6:6: range over ticks \(value of type func\(yield func\(\) bool\)\) permits no iteration variables$
// Output:
