package main

import "fmt"

func main() {
	var a [4]int
	i := -1
	a[i+0] = 1
	fmt.Println(a)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: index out of range \[\-1\]$
// ^goroutine 1 \[running\]:$
// Output:
