package main

import (
	"fmt"
	"math/rand"
)

func main() {
	ok := true
	seen := make([]bool, 6)
	for i := 0; i < 2000; i++ {
		n := rand.Intn(6)
		if n < 0 || n >= 6 {
			ok = false
		} else {
			seen[n] = true
		}
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int63n(1000000000000) < 0 || rand.Int31n(10) >= 10 || rand.Int() < 0 || rand.Int63() < 0 || rand.Int31() < 0 {
			ok = false
		}
		if v := rand.Float32(); v < 0 || v >= 1 {
			ok = false
		}
	}
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println(ok, all)
}

// Output:
// true true
