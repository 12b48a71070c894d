package main

import "fmt"

type Celsius float64
type IntList []int

func (c Celsius) ToF() float64 { return float64(c)*9/5 + 32 }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	fmt.Println(Celsius(100).ToF())
	fmt.Println(IntList{1, 2, 3}.Sum())
	var m MyInt = 21
	fmt.Println(m.Double())
	fmt.Println(m.Double().Double())
}

// Output:
// 212
// 6
// 42
// 84
