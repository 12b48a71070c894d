// A channel of errors: workers report nil or an error, the caller counts.
package main

import (
	"errors"
	"fmt"
)

var errOdd = errors.New("odd input")

func check(n int, errc chan<- error) {
	if n%2 == 1 {
		errc <- fmt.Errorf("check %d: %w", n, errOdd)
		return
	}
	errc <- nil
}

func main() {
	errc := make(chan error, 6)
	for i := 0; i < 6; i++ {
		go check(i, errc)
	}
	failed := 0
	for i := 0; i < 6; i++ {
		if err := <-errc; err != nil {
			if errors.Is(err, errOdd) {
				failed++
			}
		}
	}
	fmt.Println("failed:", failed)
}

// Output:
// failed: 3
