// A constraint with both a type set and a method: interface{ ~int; String() string }.
package main

import (
	"fmt"
	"strconv"
)

type StringInt interface {
	~int
	String() string
}

type Code int

func (c Code) String() string { return "#" + strconv.Itoa(int(c)) }

func Describe[T StringInt](vs []T) string {
	total := 0
	s := ""
	for _, v := range vs {
		total += int(v)
		s += v.String() + " "
	}
	return s + "= " + strconv.Itoa(total)
}

func main() {
	fmt.Println(Describe([]Code{1, 20, 300}))
}

// Output:
// #1 #20 #300 = 321
