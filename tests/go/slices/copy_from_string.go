package main

import "fmt"

func main() {
	b := make([]byte, 3)
	n := copy(b, "hello")
	fmt.Println(n, b, string(b))
}

// Output:
// 3 [104 101 108] hel
