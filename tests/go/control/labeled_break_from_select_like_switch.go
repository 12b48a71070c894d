package main

import "fmt"

func main() {
	i := 0
loop:
	for {
		switch {
		case i > 3:
			break loop
		default:
			i++
		}
	}
	fmt.Println(i)
}

// Output:
// 4
