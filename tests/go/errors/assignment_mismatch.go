package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two()
	_ = x
}

// Exit: 2
// Stderr:
// assignment_mismatch\.go:6:7: assignment mismatch: 1 variable but two returns 2 values$
// Output:
