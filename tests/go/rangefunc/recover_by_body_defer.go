package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// The recovering function is deferred by the loop body, so it belongs
// to f's frame: it stops a panic raised later in f.
func f() (msg string) {
	for x := range upTo(1) {
		defer func() {
			r := recover()
			msg = fmt.Sprint("recovered ", r, " (deferred at ", x, ")")
		}()
	}
	panic("after the loop")
}

func main() {
	fmt.Println(f())
}

// Output:
// recovered after the loop (deferred at 0)
