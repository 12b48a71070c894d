package main

import "fmt"

const (
	A = iota
	B
	_
	D
	E = 1 << (10 * iota)
	F
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

const big = 1 << 100
const small = big >> 98

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func main() {
	fmt.Println(A, B, D, E, F, small, Sunday, Monday)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint = 1
	fmt.Println(u<<63, u<<63>>62)
	var i32 int32 = -2147483648
	i32 = -i32
	fmt.Println(i32)
	fmt.Println(-7/2, -7%2, 7%-2)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	case 4:
		fmt.Println("four")
	}
	s := "héllo"
	fmt.Println(len(s), s[1], s < "hz", s == "héllo", s+"!")
	for i, r := range "aé" {
		fmt.Println(i, r, string(r))
	}
	x := 1
	{
		x := 2
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3, c)
	f := 2.5
	fmt.Println(f*2, f/3, int(f), float64(7)/2)
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%8.3f|%-8.2f|%e|%g\n", 3.14159, 2.5, 123456.789, 1e21)
	fmt.Printf("%s|%10s|%-10s|%q|%v|%t\n", "go", "go", "go", "a\"b", []int{1, 2}, true)
	fmt.Printf("%c %U %q\n", 'G', 'G', 'x')
	msg := fmt.Sprintf("%d-%s", 7, "x")
	fmt.Println(msg, len(msg))
	var total uint64
	for i := uint64(0); i < 10; i++ {
		total += i * i
	}
	fmt.Println(total, min(3, 1, 2), max(2.5, 1))
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	for {
		n++
		if n > 8 {
			break
		}
	}
	fmt.Println(n, 7.0/2, 1e100, 100000000.0, 1e-7)
	fmt.Println(^5, 5&^3, -5>>1, uint32(1)<<31, int64(-1)>>70)
}
