// A ready send case and a ready receive case compete on equal terms.
package main

import "fmt"

func main() {
	in := make(chan int, 1000)
	out := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		in <- i
	}
	sends, recvs := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case out <- i:
			sends++
		case <-in:
			recvs++
		}
	}
	fmt.Println(sends+recvs, sends == len(out), recvs == 1000-len(in))
	fmt.Println("both chosen:", sends > 100 && recvs > 100)
}

// Output:
// 1000 true true
// both chosen: true
