package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circle struct{ r float64 }

func (q Sq) Area() float64     { return q.s * q.s }
func (c Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = Sq{2}
	c := s.(Circle)
	fmt.Println(c)
}

// Exit: 2
// Stderr:
// ^panic: interface conversion: main\.Shape is main\.Sq, not main\.Circle$
// ^goroutine 1 \[running\]:$
// Output:
