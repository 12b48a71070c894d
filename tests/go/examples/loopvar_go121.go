//go:build go1.21

// loopvar_go121.go: loopvar.go with one line more, the //go:build go1.21
// above. A build line that names an older Go version sets the language
// version of its file, so this file gets Go 1.21's loop rule (one variable
// per loop) without a flag, in minigo and in Go alike:
//
//	minigo run examples/loopvar_go121.go   # as: minigo run -lang=go1.21 examples/loopvar.go
//	go run examples/loopvar_go121.go
//
// From here on it is loopvar.go unchanged.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// 1. closures made in a three-clause loop, called after it
	var prints []func() int
	for i := 0; i < 3; i++ {
		prints = append(prints, func() int { return i })
	}
	fmt.Print("closures:  ")
	for _, p := range prints {
		fmt.Print(" ", p())
	}
	fmt.Println()

	// 2. goroutines started in a range loop; each waits until the loop is
	// over (start is closed after it) before it reads name; the names are
	// sorted because goroutines finish in any order
	var (
		mu    sync.Mutex
		seen  []string
		wg    sync.WaitGroup
		start = make(chan struct{})
	)
	for _, name := range []string{"ann", "bob", "cid"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			seen = append(seen, name)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Strings(seen)
	fmt.Println("goroutines:", seen)

	// 3. pointers to the loop variable of a range loop
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		ptrs = append(ptrs, &v)
	}
	fmt.Print("pointers:  ")
	for _, p := range ptrs {
		fmt.Print(" ", *p)
	}
	fmt.Println()

	// 4. the fix that works under both rules: pass the value as an argument
	// (or write i := i in the body); the closure gets its own copy
	var fixed []func() int
	for i := 0; i < 3; i++ {
		fixed = append(fixed, func(i int) func() int {
			return func() int { return i }
		}(i))
	}
	fmt.Print("argument:  ")
	for _, f := range fixed {
		fmt.Print(" ", f())
	}
	fmt.Println()
}

// Output:
// closures:   3 3 3
// goroutines: [cid cid cid]
// pointers:   30 30 30
// argument:   0 1 2
