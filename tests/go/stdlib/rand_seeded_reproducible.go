package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r1 := rand.New(rand.NewSource(7))
	r2 := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if r1.Intn(1000) != r2.Intn(1000) || r1.Float64() != r2.Float64() {
			same = false
		}
	}
	fmt.Println(same)
	r1.Seed(3)
	r2.Seed(3)
	fmt.Println(r1.Int63() == r2.Int63())
}

// Output:
// true
// true
