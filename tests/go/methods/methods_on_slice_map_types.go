package main

import (
	"fmt"
	"sort"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(st.Pop(), st.Len(), st)
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Keys())
}

// Output:
// 3 2 [1 2]
// [a b]
