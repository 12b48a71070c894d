// When several cases are ready, select picks one uniformly at random: over
// 1000 rounds each of two always-ready cases is chosen many times.
package main

import "fmt"

func main() {
	a := make(chan bool)
	b := make(chan bool)
	close(a)
	close(b)
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			counts["a"]++
		case <-b:
			counts["b"]++
		}
	}
	fmt.Println("total:", counts["a"]+counts["b"])
	fmt.Println("both chosen often:", counts["a"] > 300 && counts["b"] > 300)
}

// Output:
// total: 1000
// both chosen often: true
