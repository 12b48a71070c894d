package main

func main() {
	x := 1
	if x {
		x++
	}
}

// Exit: 2
// Stderr:
// non_boolean_condition\.go:5:5: non\-boolean condition in if statement$
// Output:
