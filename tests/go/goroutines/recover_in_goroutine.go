// A goroutine that recovers its own panic keeps the program alive.
package main

import "fmt"

func safe(id int, out chan string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("worker ", id, " recovered: ", r)
			return
		}
		out <- fmt.Sprint("worker ", id, " ok")
	}()
	if id%2 == 0 {
		panic(fmt.Sprint("bad input ", id))
	}
}

func main() {
	out := make(chan string)
	for i := 1; i <= 4; i++ {
		go safe(i, out)
	}
	for i := 0; i < 4; i++ {
		fmt.Println(<-out)
	}
	fmt.Println("main still running")
}

// Unordered output:
// worker 1 ok
// worker 2 recovered: bad input 2
// worker 3 ok
// worker 4 recovered: bad input 4
// main still running
