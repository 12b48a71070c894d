package main

import "fmt"

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func temps(yield func(celsius) bool) {
	_ = yield(21.5) && yield(-3)
}

func main() {
	var s fmt.Stringer
	var a any
	for s = range temps {
		fmt.Println(s.String())
	}
	for a = range temps {
		fmt.Printf("%T %v\n", a, a)
	}
}

// Output:
// 21.5°C
// -3.0°C
// main.celsius 21.5°C
// main.celsius -3.0°C
