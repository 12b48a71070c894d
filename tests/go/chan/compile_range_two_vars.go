// Range over a channel has at most one iteration variable.
package main

func main() {
	c := make(chan int)
	for i, v := range c {
		_, _ = i, v
	}
}

// Exit: 2
// Stderr:
// compile_range_two_vars\.go:6:9: range over c \(variable of type chan int\) permits only one iteration variable$
// Output:
