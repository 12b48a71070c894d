package main

import (
	"fmt"
	"math/rand"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		if n < 0 || n >= 10 {
			ok = false
		}
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(5)
	seen := make([]bool, 5)
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(len(p), seen)
	r := rand.New(rand.NewSource(42))
	x := r.Intn(100)
	fmt.Println(x >= 0 && x < 100)
	s := []int{1, 2, 3, 4}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// in range: true
// 5 [true true true true true]
// true
// 10
