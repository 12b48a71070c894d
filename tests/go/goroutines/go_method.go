// go with method calls: a pointer receiver shares the value, a value receiver
// works on a copy.
package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Add(k int, done chan bool) {
	c.n += k
	done <- true
}

func (c Counter) Report(out chan string) {
	out <- fmt.Sprint("report: ", c.n)
}

func main() {
	c := &Counter{}
	done := make(chan bool)
	go c.Add(5, done)
	<-done
	go c.Add(6, done)
	<-done
	fmt.Println("n:", c.n)

	out := make(chan string)
	v := Counter{n: 1}
	go v.Report(out)
	fmt.Println(<-out)
	go c.Report(out)
	fmt.Println(<-out)
}

// Output:
// n: 11
// report: 1
// report: 11
