package main

func sq(n int) int { return n * n }

func main() {
	_ = sq("3")
}

// Exit: 2
// Stderr:
// wrong_arg_type\.go:6:9: cannot use "3" \(untyped string constant\) as int value in argument to sq$
// Output:
