// With three cases always ready, select picks each about a third of the
// time (uniformly at random).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [3]int{}
	const N = 30000
	for i := 0; i < N; i++ {
		a <- 0
		b <- 1
		c <- 2
		select {
		case v := <-a:
			counts[v]++
			<-b
			<-c
		case v := <-b:
			counts[v]++
			<-a
			<-c
		case v := <-c:
			counts[v]++
			<-a
			<-b
		}
	}
	for i, n := range counts {
		fmt.Println(i, n > N/4 && n < N*5/12)
	}
}

// Output:
// 0 true
// 1 true
// 2 true
