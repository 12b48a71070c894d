// loop.go: a tight integer loop — 50,000,000 iterations of add and modulo.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 50000000; i++ {
		sum += i % 7
	}
	fmt.Println(sum)
}
