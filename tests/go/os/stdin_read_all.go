package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i, l := range lines {
		fmt.Printf("%d %q\n", i, l)
	}
	n, err := os.Stdin.Read(make([]byte, 10))
	fmt.Println(n, err)
}

// Stdin: first line
// Stdin:
// Stdin:   indented
// Output:
// 23 <nil>
// 0 "first line"
// 1 ""
// 2 "  indented"
// 0 EOF
