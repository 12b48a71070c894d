package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 3, 1
	fmt.Println(s[i:j])
}

// Exit: 2
// Stderr:
// ^panic: runtime error: slice bounds out of range \[3:1\]$
// ^goroutine 1 \[running\]:$
// Output:
