// A WaitGroup prints as Go's does: its state is an atomic.Uint64 (the
// natives that run Add and Wait work on that word).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	fmt.Printf("%v %+v\n", wg, wg)
	wg.Add(3)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { wg.Done() }()
	}
	go func() { wg.Wait(); done <- true }()
	<-done
	fmt.Printf("%+v\n", wg)
}

// Output:
// {{} {{} {} 0} 0} {noCopy:{} state:{_:{} _:{} v:0} sema:0}
// {noCopy:{} state:{_:{} _:{} v:0} sema:0}
