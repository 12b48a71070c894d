// Goroutines race on a slice (append, reslice, index), a string and an
// interface variable: each read sees an old or a new value, never a torn one
// that crashes the VM.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var s []int
	var str string
	var x interface{}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200000; i++ {
				s = append(s, i)
				if len(s) > 1000 {
					s = s[:0:0]
				}
				if len(s) > 0 {
					_ = s[len(s)-1]
				}
				str = fmt.Sprint(i)
				_ = len(str)
				if w == 0 {
					x = i
				} else if w == 1 {
					x = "s"
				} else if v, ok := x.(string); ok {
					_ = len(v)
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("done")
}
