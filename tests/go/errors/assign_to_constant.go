package main

const c = 1

func main() {
	c = 2
}

// Exit: 2
// Stderr:
// assign_to_constant\.go:6:2: cannot assign to c \(neither addressable nor a map index expression\)$
// Output:
