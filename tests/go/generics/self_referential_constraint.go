// A constraint that mentions its own type parameter: T Lesser[T].
package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name string

func (a Name) Less(b Name) bool { return len(a) < len(b) }

func Min[T Lesser[T]](vs ...T) T {
	m := vs[0]
	for _, v := range vs[1:] {
		if v.Less(m) {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(Min(Age(30), Age(7), Age(12)))
	fmt.Println(Min[Name]("alexander", "bo", "cy"))
}

// Output:
// 7
// bo
