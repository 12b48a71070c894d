package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1, len(os.Args[0]) > 0)
	fmt.Println(len(os.Args[1:]))
}

// Output:
// true true
// 0
