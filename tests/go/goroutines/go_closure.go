// A goroutine running a function literal shares the variables it captures.
package main

import "fmt"

func main() {
	total := 0
	done := make(chan bool)
	go func() {
		for i := 1; i <= 10; i++ {
			total += i
		}
		done <- true
	}()
	<-done
	fmt.Println("total:", total)
}

// Output:
// total: 55
