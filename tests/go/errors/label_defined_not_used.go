package main

func main() {
L:
	for {
		break
	}
}

// Exit: 2
// Stderr:
// label_defined_not_used\.go:4:1: label L defined and not used$
// Output:
