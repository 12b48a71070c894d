package main

func main() {
	a := 1
	a := 2
	_ = a
}

// Exit: 2
// Stderr:
// redeclared\.go:5:4: no new variables on left side of :=$
// Output:
