package main

import "fmt"

func main() {
	defer func() {
		var a []int
		fmt.Println("in defer")
		fmt.Println(a[1])
	}()
	fmt.Println("main body")
}

// Exit: 2
// Stderr:
// ^panic: runtime error: index out of range \[1\] with length 0$
// ^goroutine 1 \[running\]:$
// Output:
// main body
// in defer
