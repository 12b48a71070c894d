package main

func (i int) Double() int { return i * 2 }

func main() {}

// Exit: 2
// Stderr:
// method_on_nonlocal_type\.go:3:9: cannot define new methods on non\-local type int$
// Output:
