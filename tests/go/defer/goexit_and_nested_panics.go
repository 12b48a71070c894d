// Recover rules with Goexit and re-panics: a panic recovered inside a
// deferred call that Goexit runs leaves Goexit going; a recovered value
// re-panicked is recovered further down; a runtime error in a deferred
// call replaces the panic that ran it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("a recover:", recover()) }()
		defer func() {
			defer func() { fmt.Println("a inner:", recover()) }()
			panic("in goexit defer")
		}()
		runtime.Goexit()
	}()
	wg.Wait()
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("b recover:", recover()) }()
		func() {
			defer func() {
				r := recover()
				fmt.Println("b got", r)
				panic(fmt.Sprint("re-", r))
			}()
			panic("b1")
		}()
	}()
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("c:", recover()) }()
		var m map[string]int
		defer func() { m["x"] = 1 }()
		defer func() { fmt.Println("c mid:", recover()); panic("c2") }()
		panic("c1")
	}()
	wg.Wait()
	fmt.Println("end")
}

// Unordered output:
// a inner: in goexit defer
// a recover: <nil>
// c mid: c1
// c: assignment to entry in nil map
// b got b1
// b recover: re-b1
// end
