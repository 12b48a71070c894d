// sort.go: slice append and sort — sort.Ints on pseudo-random ints grown by
// append, then sort.Slice with a comparison function on structs.
package main

import (
	"fmt"
	"sort"
)

type point struct {
	key, val int
}

func main() {
	const n = 300000

	var a []int
	x := 7
	for i := 0; i < n; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		a = append(a, x%1000000)
	}
	sort.Ints(a)
	check := 0
	for i, v := range a {
		check = (check + v*(i%100)) % 1000000007
	}
	fmt.Println(len(a), a[0], a[n/2], a[n-1], check)

	// Distinct keys (a permutation of 0..n-1), so that an unstable sort
	// gives the same order everywhere.
	ps := make([]point, 0, 16)
	for i := 0; i < n; i++ {
		ps = append(ps, point{(i * 7919) % n, i})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].key > ps[j].key })
	check = 0
	for i := 0; i < n; i += 1000 {
		check = (check*31 + ps[i].val) % 1000000007
	}
	fmt.Println(ps[0].key, ps[0].val, ps[n-1].key, ps[n-1].val, check)
}
