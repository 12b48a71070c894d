package main

func main() {
	s := "abc"
	s[0] = 'x'
	_ = s
}

// Exit: 2
// Stderr:
// assign_string_index\.go:5:2: cannot assign to s\[0\] \(neither addressable nor a map index expression\)$
// Output:
