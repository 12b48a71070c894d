// A generic singly linked List[T] with methods that walk it.
package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.head == nil {
		l.head = n
	} else {
		p := l.head
		for p.next != nil {
			p = p.next
		}
		p.next = n
	}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for p := l.head; p != nil; p = p.next {
		f(p.val)
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for p := l.head; p != nil; {
		next := p.next
		p.next = prev
		prev, p = p, next
	}
	l.head = prev
}

func main() {
	var l List[int]
	l.PushBack(2)
	l.PushBack(3)
	l.PushFront(1)
	l.Each(func(v int) { fmt.Print(" ", v) })
	fmt.Println(l.size)
	l.Reverse()
	l.Each(func(v int) { fmt.Print(" ", v) })
	fmt.Println()
	var words List[string]
	words.PushBack("x")
	words.Each(func(s string) { fmt.Println(s) })
}

// Output:
//  1 2 33
//  3 2 1
// x
