package main

func seq(yield func(int) bool) {}

func f() (int, error) {
	for x := range seq {
		return x
	}
	return 0, nil
}

func main() { f() }

// Exit: 2
// Stderr:
// compile_err_return_values\.go:7:10: not enough return values$
// Output:
