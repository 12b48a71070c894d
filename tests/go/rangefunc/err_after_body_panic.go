package main

import "fmt"

// resilient swallows a panic of the loop body and goes on.
func resilient(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iterator recovered:", r)
				}
			}()
			yield(i)
		}()
	}
}

func main() {
	for x := range resilient {
		fmt.Println("body", x)
		panic("body fails")
	}
}

// Exit: 2
// Stderr:
// ^panic: runtime error: range function recovered a loop body panic and did not resume panicking$
// err_after_body_panic\.go:23
// Output:
// body 0
// iterator recovered: body fails
// iterator recovered: runtime error: range function continued iteration after loop body panic
// iterator recovered: runtime error: range function continued iteration after loop body panic
