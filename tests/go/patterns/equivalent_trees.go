// The Tour of Go's exercise: walk two binary trees in goroutines and compare
// the sequences they send.
package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func build(vals ...int) *Tree {
	var t *Tree
	for _, v := range vals {
		t = insert(t, v)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

func Walk(t *Tree) <-chan int {
	ch := make(chan int)
	go func() {
		walk(t, ch)
		close(ch)
	}()
	return ch
}

func Same(a, b *Tree) bool {
	ca, cb := Walk(a), Walk(b)
	for {
		va, oka := <-ca
		vb, okb := <-cb
		if oka != okb || va != vb {
			return false
		}
		if !oka {
			return true
		}
	}
}

func main() {
	for v := range Walk(build(5, 3, 8, 1, 4, 9)) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(build(5, 3, 8, 1, 4), build(1, 3, 4, 5, 8)))
	fmt.Println(Same(build(5, 3, 8), build(5, 3, 7)))
	fmt.Println(Same(build(1, 2), build(1, 2, 3)))
}

// Output:
// 1 3 4 5 8 9 
// true
// false
// false
