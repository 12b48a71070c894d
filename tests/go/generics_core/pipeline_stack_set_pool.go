package main

import (
	"fmt"
	"strings"
	"sync"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func SortSlice[S ~[]E, E Ordered](s S) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MapF[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

type Names []string

func Keys[K comparable, V any](m map[K]V) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func Pool[T, R any](in []T, workers int, f func(T) R) []R {
	out := make([]R, len(in))
	var wg sync.WaitGroup
	ch := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		ch <- i
	}
	close(ch)
	wg.Wait()
	return out
}

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type Celsius float64

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func Join[T Stringer](xs []T) string {
	parts := MapF(xs, func(x T) string { return x.String() })
	return strings.Join(parts, ",")
}

func main() {
	n := Names{"c", "a", "b"}
	SortSlice(n)
	fmt.Printf("%v %T\n", n, n)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	push := st.Push
	push("z")
	v, ok := st.Pop()
	fmt.Println(v, ok, st.Len())
	s := NewSet[int]()
	s.Add(3)
	fmt.Println(s.Has(3), s.Has(4), len(Keys(map[string]int{"a": 1})))
	sq := Pool([]int{1, 2, 3, 4}, 2, func(i int) int { return i * i })
	fmt.Println(sq)
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[Celsius](1, 2.5))
	fmt.Println(Max(1, 2.5), Max("a", "b"))
	fmt.Println(Join([]ID{1, 2}))
	f := Max[int]
	fmt.Printf("%T %v\n", f, f(3, 9))
	var zs Stack[[]int]
	zs.Push([]int{1})
	fmt.Printf("%T %v\n", zs, zs)
}

// Output:
// [a b c] main.Names
// [2 4 6] 246
// z true 2
// true false 1
// [1 4 9 16]
// 6 3.5 3.5
// 2.5 b
// #1,#2
// func(int, int) int 9
// main.Stack[[]int] {[[1]]}
