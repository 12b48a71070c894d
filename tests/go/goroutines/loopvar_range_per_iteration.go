// loopvar: go1.22 semantics; go1.19 differs
// Go 1.22: range loop variables are per iteration too.
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"go", "chan", "select"}
	out := make(chan string)
	for i, w := range words {
		go func() {
			out <- fmt.Sprint(i, ":", w)
		}()
	}
	got := []string{}
	for range words {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(got)
}

// Output:
// [0:go 1:chan 2:select]
