package main

import "fmt"

func safe() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("inner")
}

func main() {
	safe()
	fmt.Println("after safe")
	var m map[int]int
	m[1]++
}

// Exit: 2
// Stderr:
// ^panic: assignment to entry in nil map$
// ^goroutine 1 \[running\]:$
// Output:
// recovered: inner
// after safe
