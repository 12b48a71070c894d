// A channel of structs carries copies: changing the sender's variable after
// the send does not change what the receiver gets, on buffered and
// unbuffered channels alike.
package main

import "fmt"

type point struct {
	x, y int
	tag  string
}

type line struct {
	a, b point
}

func main() {
	buf := make(chan point, 3)
	p := point{1, 2, "p"}
	buf <- p
	p.x = 100
	buf <- p
	p.tag = "changed"
	buf <- p
	for i := 0; i < 3; i++ {
		fmt.Println(<-buf)
	}

	unbuf := make(chan line)
	l := line{point{1, 1, "a"}, point{2, 2, "b"}}
	go func() {
		unbuf <- l
		l.a.x = 99
		unbuf <- l
	}()
	first := <-unbuf
	second := <-unbuf
	first.b.tag = "mine"
	fmt.Println(first, second)
}

// Output:
// {1 2 p}
// {100 2 p}
// {100 2 changed}
// {{1 1 a} {2 2 mine}} {{99 1 a} {2 2 b}}
