//go:build go1.21

// all_syntax.go — one of every construct the parser knows (syntax only; it
// need not type-check). Used by tests/unit/test_parser.c.
package main

import "fmt"
import (
	"os"
	str "strings"
	_ "sort"
	. "math"
)

const Pi = 3.14159
const (
	A = iota
	B
	C
	_
	D, E = iota, iota * 10
	F, G
)
const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
)

var x int
var y, z = 1, "two"
var (
	p   *int
	q   []string = nil
	m   map[string][]int
	ch  chan int
	rch <-chan int
	sch chan<- int
	cc  chan (<-chan int)
	fn  func(int, string) (bool, error)
	arr [3]int
	arr2 = [...]string{"a", "b"}
	any1 interface{}
)

type (
	Point struct {
		X, Y int
		Name string
	}
	Node struct {
		Point
		*Inner
		fmt.Stringer
		next *Node
		f    func() int
	}
	Inner struct{ v int }
	Shape interface {
		Area() float64
		Perimeter() (p float64)
		fmt.Stringer
		Named
	}
	Named interface{ Name() string }
	Alias  = Point
	IntFn  func(a, b int) int
	Chans  [2]chan<- chan int
	Matrix [][]float64
	Empty  struct{}
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (Point) Zero() Point { return Point{} }

func variadic(prefix string, nums ...int) (total int, err error) {
	for _, n := range nums {
		total += n
	}
	return
}

func unnamed(int, string, ...bool) {}

func results() (int, string) { return 1, "a" }

func funcs(f func(int) int, g func(a, b int) (c int)) func() {
	return func() {}
}

func declOnly(x int) int

func statements(a, b int) {
	var local = 3
	const lc = 4
	type lt struct{ a int }
	x := a + b*local - lc/2%3<<1>>1&7|8^9&^10
	x++
	x--
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 7
	x &= 3
	x |= 4
	x ^= 5
	x <<= 1
	x >>= 1
	x &^= 2
	y, z := 1, 2
	y, z = z, y
	_ = !true || false && x == 1 && y != 2 || z < 3 && x <= 4 && y > 5 && z >= 6
	_ = -x + +y - ^z
	ptr := &x
	*ptr = 9
	{
		inner := 1
		_ = inner
	}
	if x > 0 {
	} else if y := 2; y > x {
	} else {
	}
	if f := (func() {}); true {
		f()
	}
	if v := (Point{1, 2}); v.X == 1 {
	}
	if x == (Point{}).X {
	}
	for {
		break
	}
	for x < 10 {
		x++
		continue
	}
	for i := 0; i < 10; i++ {
	}
	for ; ; x++ {
		break
	}
	for i := range 10 {
		_ = i
	}
	for range 3 {
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	for _, p := range []Point{{1, 2}, {X: 3}} {
		_ = p
	}
	var k2, v2 int
	for k2, v2 = range [2]int{} {
	}
	_, _ = k2, v2
	for i := range struct{ a []int }{[]int{1}}.a {
		_ = i
	}
	switch {
	case x > 1:
		fallthrough
	case x > 2, x > 3:
	default:
	}
	switch x := 5; x {
	case 1, 2, 3:
	}
	switch v := any1.(type) {
	case nil:
	case int, []string, map[string]int, func(), *Point, chan int, struct{}:
		_ = v
	case fmt.Stringer:
	default:
	}
	switch any1.(type) {
	}
	c := make(chan int, 1)
	select {
	case v := <-c:
		_ = v
	case v, ok := <-c:
		_, _ = v, ok
	case x = <-c:
	case <-c:
	case c <- 1:
	default:
	}
	select {}
	go func(n int) {}(1)
	defer fmt.Println("done")
	defer func() {
		if r := recover(); r != nil {
		}
	}()
outer:
	for {
		for {
			break outer
		}
		continue outer
	}
	goto end
end:
	c <- 3
	<-c
	return
}

func expressions() {
	s := []int{1, 2, 3, 4, 5}
	_ = s[1]
	_ = s[1:3]
	_ = s[:3]
	_ = s[1:]
	_ = s[:]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = "str"[1]
	_ = []byte("abc")
	_ = string(rune(65))
	_ = (*Point)(nil)
	_ = (*Point).Move
	_ = Point.Zero
	_ = <-chan int(nil)
	_ = (<-chan int)(nil)
	_ = chan<- int(nil)
	_ = func(int) bool(nil)
	_ = map[string]int(nil)
	_ = interface{}(1)
	_ = struct{ a int }{1}
	_ = [...]int{1, 2, 3}
	_ = [2][2]int{{1, 2}, {3, 4}}
	_ = map[Point]string{{1, 2}: "a", {X: 3}: "b"}
	_ = map[string]*Point{"a": {1, 2}}
	_ = []*Point{{1, 2}, &Point{3, 4}}
	_ = &Point{X: 1, Y: 2}
	_ = Point{
		X: 1,
		Y: 2,
	}
	_ = fmt.Sprintf("%d %s", 1, "x")
	_ = append(s, s...)
	_ = make([]int, 3, 10)
	_ = make(map[string]int)
	_ = new(int)
	_ = len(s) + cap(s)
	var i interface{} = 1
	n, ok := i.(int)
	_, _ = n, ok
	_ = i.(fmt.Stringer).String()
	f := func(a int) (b int) { return a * 2 }
	_ = f(3)
	_ = func() int { return 1 }()
	_ = 'x' + '\n'
	_ = 0x1F + 0o17 + 0b101 + 1_000 + 1e3 + .5 + 0x1p-2
	_ = `raw
string`
	_ = x.(type)
	_ = ((((1))))
	_ = -(-(-1))
	_ = str.ToUpper("a") + os.Args[0]
	_ = Sqrt(2)
}

func main() {
	statements(1, 2)
	expressions()
}
