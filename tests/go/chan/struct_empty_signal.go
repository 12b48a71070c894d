// chan struct{} carries no data: a send is only a signal.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("working")
		done <- struct{}{}
	}()
	<-done
	fmt.Println("signalled")
	v, ok := <-func() chan struct{} { c := make(chan struct{}, 1); c <- struct{}{}; return c }()
	fmt.Println(v, ok)
}

// Output:
// working
// signalled
// {} true
