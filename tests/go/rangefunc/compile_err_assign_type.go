package main

func seq(yield func(int, string) bool) {}

func main() {
	var s string
	var n int
	for s, n = range seq {
	}
	_, _ = s, n
}

// Exit: 2
// Stderr:
// compile_err_assign_type\.go:8:6: cannot use s \(value of type int\) as string value in assignment$
// compile_err_assign_type\.go:8:9: cannot use n \(value of type string\) as int value in assignment$
// Output:
