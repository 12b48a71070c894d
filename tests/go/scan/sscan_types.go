package main

import "fmt"

func main() {
	var (
		i   int
		i8  int8
		u   uint
		u16 uint16
		f   float64
		f32 float32
		b   bool
		s   string
		bs  []byte
		r   rune
	)
	n, err := fmt.Sscan("-42 127 7 65535 3.25 1e3 true word bytes 99", &i, &i8, &u, &u16, &f, &f32, &b, &s, &bs, &r)
	fmt.Println(n, err)
	fmt.Println(i, i8, u, u16, f, f32, b, s, string(bs), r)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &u, &i8, &u16, &f)
	fmt.Println(n, err, i, u, i8, u16, f)
	n, err = fmt.Sscan("  \n\t spaced \n out ", &s, &bs)
	fmt.Printf("%d %v %q %q\n", n, err, s, bs)
	n, err = fmt.Sscan("T F 1 0 false", &b, &b, &b, &b, &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("inf -Inf NaN +2.5e-1", &f, &f32, &f, &f)
	fmt.Println(n, err, f, f32)
}
// Output:
// 10 <nil>
// -42 127 7 65535 3.25 1000 true word bytes 99
// 5 <nil> 31 5 15 15 1000
// 2 <nil> "spaced" "out"
// 5 <nil> false
// 4 <nil> 0.25 -Inf
