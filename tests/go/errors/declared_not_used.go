package main

func main() {
	x := 1
}

// Exit: 2
// Stderr:
// declared_not_used\.go:4:2: declared and not used: x$
// Output:
