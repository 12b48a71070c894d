package main

import "fmt"

type List struct{ items []string }

func (l *List) Push(s string) { l.items = append(l.items, s) }

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func (l List) Backward(yield func(string) bool) {
	for i := len(l.items) - 1; i >= 0; i-- {
		if !yield(l.items[i]) {
			return
		}
	}
}

func main() {
	var l List
	l.Push("one")
	l.Push("two")
	l.Push("three")
	for i, s := range l.All {
		fmt.Println(i, s)
	}
	for s := range l.Backward {
		fmt.Println(s)
	}
	it := (*List).All
	for i := range func(yield func(int, string) bool) { it(&l, yield) } {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 0 one
// 1 two
// 2 three
// three
// two
// one
// 012
