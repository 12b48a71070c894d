package main

func main() {
	x := 1 + )
	_ = x
}

// Exit: 2
// Stderr:
// syntax_unexpected_token\.go:4:11: syntax error: unexpected \), expected expression$
// Output:
