package main

import "fmt"

func main() {
	ch := make(chan int)
	goto L
	select {
	case <-ch:
	default:
	L:
		fmt.Println("default")
	}
}

// Exit: 2
// Stderr:
// err_into_select_case\.go:7:7: goto L jumps into block starting at .*err_into_select_case\.go:10:2$
// Output:
