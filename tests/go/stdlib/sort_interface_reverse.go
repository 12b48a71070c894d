package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := []string{"ccc", "a", "dddd", "bb", "eeeee"}
	sort.Sort(byLen(words))
	fmt.Println(words, sort.IsSorted(byLen(words)))
	sort.Sort(sort.Reverse(byLen(words)))
	fmt.Println(words)
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	s := sort.StringSlice{"b", "c", "a"}
	s.Sort()
	fmt.Println(s, s.Len(), s.Search("b"))
	f := sort.Float64Slice{2.5, 1.5}
	sort.Sort(f)
	fmt.Println(f)
}

// Output:
// [a bb ccc dddd eeeee] true
// [eeeee dddd ccc bb a]
// [9 6 5 4 3 2 1 1]
// [a b c] 3 1
// [1.5 2.5]
