package main

import "fmt"

func main() {
	a := 1
	var b string
	c, d := 2, 3
	fmt.Println(c)
}

// Exit: 2
// Stderr:
// declared_not_used_multiple\.go:6:2: declared and not used: a$
// declared_not_used_multiple\.go:7:6: declared and not used: b$
// declared_not_used_multiple\.go:8:5: declared and not used: d$
// Output:
