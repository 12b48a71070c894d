// An empty select blocks forever: [select (no cases)].
package main

import "fmt"

func main() {
	fmt.Println("before select {}")
	select {}
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[select \(no cases\)\]:$
// Output:
// before select {}
