package main

import "fmt"

type Item struct{ N int }

func main() {
	items := [3]Item{{1}, {2}, {3}}
	for _, it := range items {
		it.N *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].N *= 10
	}
	fmt.Println(items)
	sl := []Item{{1}, {2}}
	for i, it := range sl {
		sl[i] = Item{it.N + 100}
	}
	fmt.Println(sl)
	p := &items[0]
	p.N = -1
	fmt.Println(items[0])
}

// Output:
// [{1} {2} {3}]
// [{10} {20} {30}]
// [{101} {102}]
// {-1}
