package main

func main() {
	for var i = 0; i < 3; i++ {
	}
}

// Exit: 2
// Stderr:
// syntax_var_in_for\.go:4:10: syntax error: var declaration not allowed in for initializer$
// Output:
