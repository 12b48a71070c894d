package main

import "fmt"

func main() {
	s := "hello"
	i := 10
	fmt.Println(s[2:i])
}

// Exit: 2
// Stderr:
// ^panic: runtime error: slice bounds out of range \[:10\] with length 5$
// ^goroutine 1 \[running\]:$
// Output:
