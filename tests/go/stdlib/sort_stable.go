package main

import (
	"fmt"
	"sort"
)

type table struct {
	names []string
	ages  []int
}

func (t table) Len() int           { return len(t.names) }
func (t table) Less(i, j int) bool { return t.ages[i] < t.ages[j] }
func (t table) Swap(i, j int) {
	t.names[i], t.names[j] = t.names[j], t.names[i]
	t.ages[i], t.ages[j] = t.ages[j], t.ages[i]
}

func main() {
	t := table{
		names: []string{"alice", "bob", "carol", "dave", "eve", "frank", "grace", "heidi", "ivan", "judy", "ken", "leo", "mia", "ned", "olga", "pat", "quin", "rob", "sue", "tom", "uma", "vic", "wes"},
		ages:  []int{30, 25, 30, 25, 35, 30, 25, 40, 35, 25, 30, 40, 25, 30, 35, 25, 30, 40, 25, 35, 30, 25, 40},
	}
	sort.Stable(t)
	fmt.Println(t.names)
	fmt.Println(t.ages)
	idx := []int{0, 1, 2, 3, 4, 5, 6, 7}
	key := []int{2, 1, 2, 1, 0, 2, 0, 1}
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
	fmt.Println(idx)
}

// Output:
// [bob dave grace judy mia pat sue vic alice carol frank ken ned quin uma eve ivan olga tom heidi leo rob wes]
// [25 25 25 25 25 25 25 25 30 30 30 30 30 30 30 35 35 35 35 40 40 40 40]
// [4 6 1 3 7 0 2 5]
