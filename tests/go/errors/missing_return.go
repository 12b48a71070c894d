package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func main() {
	_ = sign(3)
}

// Exit: 2
// Stderr:
// missing_return\.go:9:1: missing return$
// Output:
