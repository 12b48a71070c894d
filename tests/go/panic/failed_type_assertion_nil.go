package main

import "fmt"

func main() {
	var x any
	s := x.(string)
	fmt.Println(s)
}

// Exit: 2
// Stderr:
// ^panic: interface conversion: interface \{\} is nil, not string$
// ^goroutine 1 \[running\]:$
// Output:
