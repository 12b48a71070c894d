package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	d.Legs = 3
	fmt.Println(d.Animal.Legs)
	fmt.Printf("%+v\n", d)
}

// Output:
// Rex 4 lab
// Rex has 4 legs
// Max Max has 4 legs
// 3
// {Animal:{Name:Max Legs:3} Breed:lab}
