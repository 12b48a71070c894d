// A run-time error in a goroutine ends the program like any panic.
package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func main() {
	fmt.Println("start")
	go func() {
		fmt.Println(at([]int{1, 2, 3}, 5))
	}()
	<-make(chan int)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: index out of range \[5\] with length 3$
// ^goroutine [0-9]+ \[running\]:$
// Output:
// start
