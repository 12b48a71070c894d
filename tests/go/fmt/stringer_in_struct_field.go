package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Where string
	T     Temp
}

func main() {
	r := Reading{"lab", 21.55}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println(map[string]Temp{"a": 1, "b": 2.25})
}

// Output:
// {lab 21.6°C}
// {Where:lab T:21.6°C}
// map[a:1.0°C b:2.2°C]
