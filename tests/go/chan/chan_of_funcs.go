// loopvar: go1.22 semantics; go1.19 differs
// A channel of functions: one goroutine runs the closures others send it.
package main

import "fmt"

func main() {
	jobs := make(chan func() string)
	results := make(chan string)
	go func() {
		for f := range jobs {
			results <- f()
		}
		close(results)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- func() string { return fmt.Sprint("job ", i) }
		}
		close(jobs)
	}()
	for r := range results {
		fmt.Println(r)
	}
}

// Output:
// job 1
// job 2
// job 3
