package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	fmt.Fprint(os.Stdout, "a", "b", "\n")
	n, err := fmt.Fprintln(os.Stdout, "xyz")
	fmt.Println(n, err)
}

// Stderr:
// ^to stderr 2$
// Output:
// to stdout 1
// ab
// xyz
// 4 <nil>
