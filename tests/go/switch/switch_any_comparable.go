// switch on pointers, structs and interfaces: cases compare with ==,
// concrete case values against an interface tag by dynamic type and value.
package main

import "fmt"

type P struct{ x, y int }

func kind(v any) string {
	switch v {
	case 1:
		return "one"
	case "a":
		return "letter a"
	case P{1, 2}:
		return "point"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	a, b := new(int), new(int)
	for _, p := range []*int{a, b, nil} {
		switch p {
		case a:
			fmt.Println("a")
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("b")
		}
	}
	switch (P{1, 2}) {
	case P{0, 0}:
		fmt.Println("origin")
	case P{1, 2}:
		fmt.Println("1,2")
	}
	fmt.Println(kind(1), kind("a"), kind(P{1, 2}), kind(nil), kind(2.5))
}

// Output:
// a
// b
// nil
// 1,2
// one letter a point nil other
