package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

// walk is the recursive in-order walk; it reports whether to go on.
func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	for v := range root.All {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// the first value over 42: the walk stops deep in the recursion
	for v := range root.All {
		if v > 42 {
			fmt.Println("first over 42:", v)
			break
		}
	}
}

// Output:
// 20 30 35 40 45 50 60 65 70 80 
// first over 42: 45
