// A Cond copied after first use panics with "sync.Cond is copied".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	d := *c
	defer func() { fmt.Println("recovered:", recover()) }()
	d.Signal()
}

// Output:
// recovered: sync.Cond is copied
