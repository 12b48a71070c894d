package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q\n", i+1, a)
	}
}

// Args: one "two words" -flag=x ''
// Output:
// 5
// 1: "one"
// 2: "two words"
// 3: "-flag=x"
// 4: ""
