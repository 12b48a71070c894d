// One select may send and receive on the same channel: with a buffer of
// one, a send is ready when it is empty and a receive when it is full.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 10; i++ {
		select {
		case c <- i:
			sends++
		case v := <-c:
			if v != i-1 {
				fmt.Println("bad", v, i)
			}
			recvs++
		}
	}
	fmt.Println(sends, recvs)
}

// Output:
// 5 5
