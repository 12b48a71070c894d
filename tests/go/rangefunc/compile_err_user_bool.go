package main

type answer bool

func seq(yield func(int) answer) {}

func main() {
	for x := range seq {
		_ = x
	}
}

// Exit: 2
// Stderr:
// compile_err_user_bool\.go:8:17: cannot range over seq \(value of type func\(yield func\(int\) answer\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func returns user\-defined boolean, not bool$
// Output:
