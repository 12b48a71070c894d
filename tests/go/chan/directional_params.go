// Bidirectional channels convert implicitly to send-only and receive-only
// ones (arguments, assignments, returns) and explicitly by conversion;
// named channel types work the same.
package main

import "fmt"

type Pipe chan string

func produce(out chan<- string, words ...string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func consume(in <-chan string) []string {
	var got []string
	for w := range in {
		got = append(got, w)
	}
	return got
}

func asRecv(c chan string) <-chan string { return c }

func main() {
	c := make(chan string, 3)
	go produce(c, "a", "b", "c")
	fmt.Println(consume(c))

	p := make(Pipe, 1)
	var s chan<- string = p
	r := (<-chan string)(p)
	s <- "via named"
	fmt.Println(<-r)
	fmt.Printf("%T %T %T\n", p, s, r)

	d := make(chan string, 1)
	d <- "x"
	fmt.Println(<-asRecv(d), r == (<-chan string)(p))
}

// Output:
// [a b c]
// via named
// main.Pipe chan<- string <-chan string
// x true
