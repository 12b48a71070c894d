package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1)
}

// Exit: 2
// Stderr:
// not_enough_arguments\.go:6:10: not enough arguments in call to add$
// ^\thave \(number\)$
// ^\twant \(int, int\)$
// Output:
