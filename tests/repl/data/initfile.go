package main

import "fmt"

var table map[string]int

func init() {
	table = map[string]int{"one": 1}
	fmt.Println("init ran")
}

func lookup(k string) int {
	v, ok := table[k]
	if !ok {
		panic("no key " + k)
	}
	return v
}

func main() {
	fmt.Println("main ran")
}
