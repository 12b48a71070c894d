package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Loud struct{ Speaker }

func main() {
	var s Speaker = Dog{"rex"}
	fmt.Println(s.Speak())
	l := Loud{s}
	fmt.Println(l.Speak())
	var s2 Speaker = l
	fmt.Println(s2.Speak())
	if d, ok := s.(Dog); ok {
		fmt.Println("is dog", d.name)
	}
	_, ok := s2.(Dog)
	fmt.Println(ok)
}

// Output:
// rex says woof
// rex says woof
// rex says woof
// is dog rex
// false
