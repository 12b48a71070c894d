package main

import (
	"fmt"
	"sort"
)

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Sort(ByLen(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice([]int{1})))
	xs := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	fmt.Println(sort.IsSorted(ByLen(words)))
}

// Output:
// [fig kiwi apple banana]
// [3 2 1]
// true
