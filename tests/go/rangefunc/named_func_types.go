package main

import "fmt"

type Yield func(int) bool
type Seq func(yield func(int) bool)
type SeqY func(Yield)
type Seq2 func(yield func(string, int) bool)

func evens(n int) Seq {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func (s Seq) Map(f func(int) int) Seq {
	return func(yield func(int) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	for v := range evens(7).Map(func(x int) int { return x * x }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var y SeqY = func(yield Yield) { yield(42) }
	for v := range y {
		fmt.Println(v)
	}
	var s2 Seq2 = func(yield func(string, int) bool) { yield("k", 1) }
	for k, v := range s2 {
		fmt.Println(k, v)
	}
}

// Output:
// 0 4 16 36 
// 42
// k 1
