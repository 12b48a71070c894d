package main

func f() {}
func f() {}

func main() {}

// Exit: 2
// Stderr:
// duplicate_function\.go:4:6: f redeclared in this block$
// duplicate_function\.go:3:6: other declaration of f$
// Output:
