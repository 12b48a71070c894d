package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	k := 5
	fmt.Println(s[0:1:k])
}

// Exit: 2
// Stderr:
// ^panic: runtime error: slice bounds out of range \[::5\] with capacity 4$
// ^goroutine 1 \[running\]:$
// Output:
