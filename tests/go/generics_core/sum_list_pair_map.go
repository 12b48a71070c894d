package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	var l *List[string]
	l = l.Push("a").Push("b")
	fmt.Println(l.val, l.next.val)
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %T\n", p, p)
	fmt.Println(Map[int, string]([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	var a [5]int
	s := a[1:3]
	_ = s
	fmt.Println(Map([]int{1}, func(i int) float64 { return float64(i) / 2 }))
}

// Output:
// 6 3.5
// b a
// {a 1} main.Pair[string,int]
// [2 4]
// [0.5]
