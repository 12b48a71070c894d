// A send on a full buffered channel blocks: deadlock, [chan send].
package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println("buffer full:", len(c), cap(c))
	c <- 3
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan send\]:$
// Output:
// buffer full: 2 2
