// A select has at most one default.
package main

func main() {
	c := make(chan int)
	select {
	default:
	case <-c:
	default:
	}
}

// Exit: 2
// Stderr:
// compile_select_multiple_defaults\.go:9:2: multiple defaults \(first at \S*compile_select_multiple_defaults\.go:7:2\)$
// Output:
