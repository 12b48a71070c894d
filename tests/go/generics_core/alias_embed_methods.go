package main

import (
	"errors"
	"fmt"
)

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }
func (l *List[T]) Each(f func(T)) {
	for p := l.head; p != nil; p = p.next {
		f(p.v)
	}
}

type A[T any] = List[T]

type Named[T any] struct {
	List[T]
	Name string
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

func Zero[T any]() T {
	var z T
	return z
}

type Num interface {
	~int | ~float64
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func Double[T Num](x T) string { return (x * 2).String() }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func Find[T comparable](xs []T, x T) (int, error) {
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
	return -1, &E{"not found"}
}

func main() {
	var l A[int]
	l.Push(1)
	l.Push(2)
	l.Each(func(i int) { fmt.Print(i, " ") })
	fmt.Println(l.n)
	n := Named[string]{Name: "x"}
	n.Push("a")
	n.Each(func(s string) { fmt.Println(s, n.Name, n.n) })
	p := Pair[string, []int]{"k", []int{1}}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int](), Zero[[]int]() == nil, Zero[struct{ A int }]())
	fmt.Println(Double(MyInt(21)))
	_, err := Find([]string{"a"}, "b")
	var e *E
	fmt.Println(errors.As(err, &e), e.msg)
	fmt.Println(Find([]Pair[int, int]{{1, 2}}, Pair[int, int]{1, 2}))
	ch := Zero[chan int]()
	f := Zero[func() int]()
	fmt.Println(ch == nil, f == nil)
	var any1 any = Pair[int, string]{1, "a"}
	switch v := any1.(type) {
	case Pair[int, string]:
		fmt.Println("pair", v.V)
	}
	push := l.Push
	push(3)
	fmt.Println(l.n)
}

// Output:
// 2 1 2
// a x 1
// k=[1] k=[1]
// k=[1] k=[1] main.Pair[string,[]int]
// "" <nil> true {0}
// MyInt(42)
// true not found
// 0 <nil>
// true true
// pair a
// 3
