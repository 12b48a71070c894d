// An unbuffered channel synchronises sender and receiver: a ball passed back
// and forth gives a fixed order.
package main

import "fmt"

func player(name string, table chan int, done chan bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, ball)
		if ball == 6 {
			close(table)
			continue
		}
		table <- ball + 1
	}
}

func main() {
	table := make(chan int)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- 1
	<-done
	<-done
}

// Output (regexp):
// (ping|pong) 1
// (ping|pong) 2
// (ping|pong) 3
// (ping|pong) 4
// (ping|pong) 5
// (ping|pong) 6
