// Deep recursion inside goroutines: their stacks grow as needed.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = 1
	return depth(n-1) + pad[n%8]
}

func main() {
	out := make(chan int)
	for i := 1; i <= 4; i++ {
		go func(n int) { out <- depth(n) }(i * 50000)
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-out
	}
	fmt.Println(total)
}

// Output:
// 500000
