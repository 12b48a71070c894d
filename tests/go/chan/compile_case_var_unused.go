// A variable declared by a select case must be used.
package main

func main() {
	c := make(chan int, 1)
	c <- 1
	select {
	case v := <-c:
	}
}

// Exit: 2
// Stderr:
// compile_case_var_unused\.go:8:7: declared and not used: v$
// Output:
