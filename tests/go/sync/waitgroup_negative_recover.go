// The negative-counter panic is an ordinary panic: it can be recovered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var wg sync.WaitGroup
	wg.Add(-1)
}

// Output:
// recovered: sync: negative WaitGroup counter
