// 50 goroutines each send 200 values on one unbuffered channel; one
// receiver gets all 10,000 exactly once.
package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	const G, N = 50, 200
	for g := 0; g < G; g++ {
		go func(g int) {
			for i := 0; i < N; i++ {
				c <- g*N + i
			}
			done <- true
		}(g)
	}
	go func() {
		for g := 0; g < G; g++ {
			<-done
		}
		close(c)
	}()
	seen := make([]bool, G*N)
	count, sum := 0, 0
	for v := range c {
		if seen[v] {
			fmt.Println("duplicate", v)
		}
		seen[v] = true
		count++
		sum += v
	}
	fmt.Println(count, sum)
}

// Output:
// 10000 49995000
