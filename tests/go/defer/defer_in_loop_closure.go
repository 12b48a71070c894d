package main

import "fmt"

func run() (out []int) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func main() {
	fmt.Println(run())
}

// Output:
// [2 1 0]
