package main

import (
	"fmt"
	"time"
)

// A goroutine spinning on a backward goto is preempted: main still runs
// on the one P.
func spin() {
L:
	goto L
}

func main() {
	go spin()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}

// Env: GOMAXPROCS=1
// Output:
// main done
