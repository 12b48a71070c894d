package main

// Found by tests/difffuzz: pointers, chans and funcs print their address as
// an integer under %b %o %d %x %X (nil: 0), %#v of a top-level []byte says
// []byte (nested: []uint8), and %!(EXTRA ...) names the argument's own type.

import (
	"errors"
	"fmt"
)

type B uint8

func main() {
	var p *int
	var c chan int
	var f func()
	fmt.Printf("%d|%x|%#X|%b|%-6o|%+06b|%5v|%#v|%#v|%s\n", p, p, p, c, p, f, p, p, c, p)
	fmt.Printf("%#v|%#v|%#v|%#v\n", []byte("hi"), [][]byte{[]byte("a")}, []B{1}, map[string][]byte{"k": {7}})
	fmt.Printf("%d\n", 1, []error{nil}, []any{errors.New("e")})
	fmt.Printf("%v %p\n", p == nil, nil)
}

// Output:
// 0|0|0X0|0|0     |+00000|<nil>|(*int)(nil)|(chan int)(nil)|%!s(*int=<nil>)
// []byte{0x68, 0x69}|[][]uint8{[]uint8{0x61}}|[]main.B{0x1}|map[string][]uint8{"k":[]uint8{0x7}}
// 1
// %!(EXTRA []error=[<nil>], []interface {}=[e])true %!p(<nil>)
