// A goroutine's deferred calls run, last first, when its function returns.
package main

import "fmt"

func work(out chan string) {
	defer func() { out <- "deferred 1" }()
	defer func() { out <- "deferred 2" }()
	out <- "body"
}

func main() {
	out := make(chan string)
	go func() {
		work(out)
		close(out)
	}()
	for s := range out {
		fmt.Println(s)
	}
}

// Output:
// body
// deferred 2
// deferred 1
