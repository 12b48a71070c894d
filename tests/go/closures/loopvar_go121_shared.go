package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println("i", i) })
	}
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() { fmt.Println("s", s) })
	}
	for _, f := range fs {
		f()
	}
}

// Flags: -lang=go1.21
// Output:
// i 3
// i 3
// i 3
// s c
// s c
// s c
