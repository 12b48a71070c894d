package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	fmt.Println("ok so far")
	var k any = []int{1}
	m[k] = 2
}

// Exit: 2
// Stderr:
// ^panic: runtime error: hash of unhashable type \[\]int$
// ^goroutine 1 \[running\]:$
// Output:
// ok so far
