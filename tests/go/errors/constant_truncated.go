package main

import "fmt"

func main() {
	fmt.Println(int(2.5))
}

// Exit: 2
// Stderr:
// constant_truncated\.go:6:18: cannot convert 2\.5 \(untyped float constant\) to type int$
// Output:
