package main

func main() {
	a, b := 1, 2, 3
	_, _ = a, b
}

// Exit: 2
// Stderr:
// assignment_mismatch_vars\.go:4:10: assignment mismatch: 2 variables but 3 values$
// Output:
