package main

import "fmt"

func level(n int) {
	defer fmt.Println("leaving level", n)
	if n == 3 {
		panic(fmt.Sprint("deep panic at ", n))
	}
	level(n + 1)
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	level(1)
}

// Output:
// leaving level 3
// leaving level 2
// leaving level 1
// recovered: deep panic at 3
