package main

import "fmt"

type kv struct {
	k string
	v int
}

func main() {
	list := []kv{{"a", 1}, {"b", 2}}
	list = append(list, kv{"c", 3})
	fmt.Println(list[0].k, list[2].v)
	list[1].v = 20
	for i, e := range list {
		fmt.Println(i, e.k, e.v)
	}
	fmt.Println(list)
}

// Output:
// a 3
// 0 a 1
// 1 b 20
// 2 c 3
// [{a 1} {b 20} {c 3}]
