// A goroutine panicking with an error value: Go prints the error's text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("before")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic(errors.New("disk full"))
	}()
	<-done
}

// Exit: 2
// Stderr:
// ^panic: disk full$
// ^goroutine [0-9]+ \[running\]:$
// Output:
// before
// goroutine defer runs
