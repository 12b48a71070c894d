// main_waits.go: the fix for main_returns.go. main waits on a
// sync.WaitGroup until the goroutine has called Done, so the goroutine's line
// is printed before the program ends.
//
//	minigo run examples/main_waits.go
package main

import (
	"fmt"
	"sync"
	"time"
)

func greet(name string, wg *sync.WaitGroup) {
	defer wg.Done() // runs when greet returns, however it returns
	time.Sleep(200 * time.Millisecond)
	fmt.Println("hello from", name)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1) // before the go statement, so Wait cannot miss it
	go greet("a goroutine", &wg)
	fmt.Println("main waits")
	wg.Wait()
	fmt.Println("main returns; the goroutine had finished")
}

// Output:
// main waits
// hello from a goroutine
// main returns; the goroutine had finished
