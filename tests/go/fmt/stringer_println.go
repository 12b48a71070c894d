package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %s %d\n", Green, Blue, Green)
	fmt.Println([]Color{Red, Blue})
	s := fmt.Sprint(Green)
	fmt.Println(s + "!")
}

// Output:
// Red Green Color(2)
// Green Color(2) 1
// [Red Color(2)]
// Green!
