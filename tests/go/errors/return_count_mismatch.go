package main

func f() int {
	return 1, 2
}

func main() {
	_ = f()
}

// Exit: 2
// Stderr:
// return_count_mismatch\.go:4:12: too many return values$
// ^\thave \(number, number\)$
// ^\twant \(int\)$
// Output:
