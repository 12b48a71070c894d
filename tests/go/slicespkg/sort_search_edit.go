package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	i, ok := slices.BinarySearch(s, 8)
	fmt.Println(i, ok, slices.Contains(s, 3), slices.Index(s, 9), slices.Max(s), slices.Min(s))
	ps := []P{{"b", 30}, {"a", 20}, {"c", 30}, {"d", 10}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	slices.SortFunc(ps, func(a, b P) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(ps)
	big := make([]int, 1000)
	for k := range big {
		big[k] = (k * 7919) % 1000
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[0], big[999])
	s = slices.Insert(s, 2, 100, 101)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s, slices.Equal(r, s), slices.Concat([]int{1}, []int{2, 3}), slices.Repeat([]string{"a"}, 3))
	fmt.Println(cmp.Compare(1, 2), cmp.Less("b", "a"), cmp.Or("", "x"))
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2, maps.Equal(m, m2), len(m))
	strs := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(strs, strings.Compare)
	fmt.Println(strs, slices.IndexFunc(strs, func(s string) bool { return strings.HasPrefix(s, "c") }))
	fs := []float64{2.5, 1}
	slices.SortFunc(fs, cmp.Compare)
	fmt.Println(fs)
	defer func() { fmt.Println(recover()) }()
	slices.Max([]int{})
}

// Output:
// [1 2 3 5 8 9] true
// 4 true true 5 9 1
// [{d 10} {a 20} {b 30} {c 30}]
// [{a 20} {b 30} {c 30} {d 10}]
// true 0 999
// [1 2 100 101 3 5 8 9]
// [1 101 3 5 8 9] [1 2 3 1]
// [9 8 5 3 101 1] [1 101 3 5 8 9] false [1 2 3] [a a a]
// -1 false x
// map[a:1] false 2
// [Apple banana cherry] 2
// [1 2.5]
// slices.Max: empty list
