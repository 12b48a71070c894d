package main

import "fmt"

type Animal interface {
	Sound() string
}

type Cat struct{ Name string }

func (c Cat) Sound() string  { return "meow" }
func (c Cat) String() string { return "Cat<" + c.Name + ">" }

func main() {
	var a Animal = Cat{"tom"}
	fmt.Println(a, a.Sound())
	fmt.Printf("%v %s %+v\n", a, a, a)
	var s fmt.Stringer = Cat{"felix"}
	fmt.Println(s.String())
	if st, ok := a.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
}

// Output:
// Cat<tom> meow
// Cat<tom> Cat<tom> Cat<tom>
// Cat<felix>
// stringer: Cat<tom>
