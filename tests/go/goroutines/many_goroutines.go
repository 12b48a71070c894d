// Ten thousand goroutines, each sending one value; the sum is exact.
package main

import "fmt"

func main() {
	const n = 10000
	out := make(chan int)
	for i := 1; i <= n; i++ {
		go func(k int) { out <- k }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	fmt.Println("sum:", sum, sum == n*(n+1)/2)
}

// Output:
// sum: 50005000 true
