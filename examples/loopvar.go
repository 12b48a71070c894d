// loopvar.go: closures and loop variables, Go 1.22's rule against the old one.
//
//	minigo run examples/loopvar.go                # go1.22: a variable per iteration
//	minigo run -lang=go1.21 examples/loopvar.go   # go1.21: one variable per loop
//
// A closure captures a variable, not its value. Since Go 1.22 each
// iteration of a for loop has its own copy of the loop variables, so
// closures, goroutines and pointers made in different iterations see
// different variables. Before, one variable served the whole loop, and
// whatever ran after the loop saw its last value. loopvar_go121.go is this
// file with a //go:build go1.21 line, which selects the old rule for one file
// (in minigo and in Go alike).
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
// closures:   0 1 2
// goroutines: [ann bob cid]
// pointers:   10 20 30
// argument:   0 1 2
