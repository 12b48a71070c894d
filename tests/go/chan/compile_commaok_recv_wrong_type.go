// v, ok = <-c needs v to accept the element type.
package main

func main() {
	c := make(chan int)
	var s string
	var ok bool
	s, ok = <-c
	_, _ = s, ok
}

// Exit: 2
// Stderr:
// compile_commaok_recv_wrong_type\.go:8:10: cannot use <-c \(comma, ok expression of type int\) as string value in assignment$
// Output:
