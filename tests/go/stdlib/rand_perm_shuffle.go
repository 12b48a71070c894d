package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	p := rand.Perm(20)
	sort.Ints(p)
	fmt.Println(p)
	r := rand.New(rand.NewSource(1))
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sort.Strings(xs)
	fmt.Println(xs, len(r.Perm(0)))
}

// Output:
// [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19]
// [a b c d e] 0
