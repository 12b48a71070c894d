// context.AfterFunc runs f in its own goroutine once the context is done;
// stop before that prevents it; stop after reports false.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 2)
	stop1 := context.AfterFunc(ctx, func() { ran <- "first" })
	stop2 := context.AfterFunc(ctx, func() { ran <- "second" })
	fmt.Println("stop second:", stop2())
	fmt.Println("stop second again:", stop2())
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop first after it ran:", stop1())

	done, cancelDone := context.WithCancel(context.Background())
	cancelDone()
	context.AfterFunc(done, func() { ran <- "at once" })
	fmt.Println(<-ran)
}

// Output:
// stop second: true
// stop second again: false
// first
// stop first after it ran: false
// at once
