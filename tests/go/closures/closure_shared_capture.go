package main

import "fmt"

func main() {
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(x, get())
	x = 100
	fmt.Println(get())
}

// Output:
// 3 3
// 100
