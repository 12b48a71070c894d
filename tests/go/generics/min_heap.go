// A generic binary heap ordered by a less function, used as a priority queue.
package main

import "fmt"

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

type task struct {
	pri  int
	name string
}

func main() {
	h := &Heap[task]{less: func(a, b task) bool { return a.pri < b.pri }}
	for i, n := range []string{"write", "test", "plan", "ship"} {
		h.Push(task{[]int{3, 2, 1, 4}[i], n})
	}
	for h.Len() > 0 {
		fmt.Print(" ", h.Pop().name)
	}
	fmt.Println()
}

// Output:
//  plan test write ship
