package main

import "fmt"

func main() {
	var a, b any = []int{1}, []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: comparing uncomparable type \[\]int$
// ^goroutine 1 \[running\]:$
// Output:
// comparing
