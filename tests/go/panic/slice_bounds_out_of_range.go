package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	j := 7
	fmt.Println(s[:j])
}

// Exit: 2
// Stderr:
// ^panic: runtime error: slice bounds out of range \[:7\] with capacity 5$
// ^goroutine 1 \[running\]:$
// Output:
