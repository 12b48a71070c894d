// Sum over a ~int | ~float64 constraint accepts named types and keeps them.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64
type Count int

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{0.5, 0.25}))
	temps := []Celsius{20.5, 21, -3.5}
	total := Sum(temps)
	fmt.Printf("%v %T\n", total, total)
	c := Sum([]Count{4, 5})
	fmt.Printf("%v %T\n", c, c)
}

// Output:
// 6
// 0.75
// 38 main.Celsius
// 9 main.Count
