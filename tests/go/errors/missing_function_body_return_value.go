package main

func f() int {
	return
}

func main() { _ = f() }

// Exit: 2
// Stderr:
// missing_function_body_return_value\.go:4:2: not enough return values$
// ^\thave \(\)$
// ^\twant \(int\)$
// Output:
