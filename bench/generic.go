// bench/generic.go — what instantiation buys: Sum and an insertion-free
// sort (a heap sort) over 1M ints, written once as generic functions
// (Sum[T Number], HeapSort[S ~[]E, E cmp-like]) and once by hand for int.
// Each instance is compiled to its own typed code, so the two variants
// should take the same time (minigo: within 5%).
//
// bench: run generic -- generic
// bench: run plain -- plain
package main

import (
	"fmt"
	"os"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func siftDown[E Ordered](s []E, lo, hi int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && s[child] < s[child+1] {
			child++
		}
		if !(s[root] < s[child]) {
			return
		}
		s[root], s[child] = s[child], s[root]
		root = child
	}
}

func HeapSort[S ~[]E, E Ordered](s S) {
	n := len(s)
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(s, i, n)
	}
	for i := n - 1; i >= 0; i-- {
		s[0], s[i] = s[i], s[0]
		siftDown(s, 0, i)
	}
}

func sumInt(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func siftDownInt(s []int, lo, hi int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && s[child] < s[child+1] {
			child++
		}
		if !(s[root] < s[child]) {
			return
		}
		s[root], s[child] = s[child], s[root]
		root = child
	}
}

func heapSortInt(s []int) {
	n := len(s)
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownInt(s, i, n)
	}
	for i := n - 1; i >= 0; i-- {
		s[0], s[i] = s[i], s[0]
		siftDownInt(s, 0, i)
	}
}

func main() {
	const n = 1000000
	xs := make([]int, n)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed >> 8)
	}
	generic := len(os.Args) > 1 && os.Args[1] == "generic"
	total := 0
	for round := 0; round < 10; round++ {
		if generic {
			total += Sum(xs) % 1000
		} else {
			total += sumInt(xs) % 1000
		}
	}
	if generic {
		HeapSort(xs)
	} else {
		heapSortInt(xs)
	}
	ok := true
	for i := 1; i < n; i++ {
		if xs[i-1] > xs[i] {
			ok = false
		}
	}
	fmt.Println(total, ok, xs[0], xs[n/2], xs[n-1])
}
