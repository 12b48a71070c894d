package main

import "fmt"

func main() {
	n := 3
	panic(fmt.Sprintf("bad value %d", n))
}

// Exit: 2
// Stderr:
// ^panic: bad value 3$
// ^goroutine 1 \[running\]:$
// Output:
