// A goroutine that has not had a chance to print when main returns prints
// nothing: main does not wait for it.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			select {}
		}()
	}
	fmt.Println("done without waiting")
}

// Output:
// done without waiting
