package main

// While a goroutine waits on standard input nothing is deadlocked; once
// it has read its line and ended, main waiting on a channel nobody sends
// on is Go's deadlock.

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	got := make(chan string, 1)
	never := make(chan int)
	go func() {
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		got <- line
	}()
	fmt.Print("read: ", <-got)
	<-never
}

// Stdin delay: 300
// Stdin: hello
// Exit: 2
// Stderr:
// ^fatal\ error:\ all\ goroutines\ are\ asleep\ \-\ deadlock!$
// ^goroutine\ 1\ \[chan\ receive\]:$
// ^main\.main\(\)$
// deadlock_after_stdin_read\.go:21
// Output:
// read: hello
