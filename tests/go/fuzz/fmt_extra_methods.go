package main

// Found by tests/difffuzz: an extra argument with an Error or String method
// prints as %!(EXTRA its-type=what-the-method-returns).

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

func main() {
	fmt.Printf("%d\n", 1, errors.New("e1"), S(3), []S{4}, nil, "x", 2.5)
	fmt.Printf("x\n", fmt.Errorf("w %w", errors.New("in")))
	fmt.Println(fmt.Sprintf("%v", 1, S(2)))
}

// Output:
// 1
// %!(EXTRA *errors.errorString=e1, main.S=S<3>, []main.S=[S<4>], <nil>, string=x, float64=2.5)x
// %!(EXTRA *fmt.wrapError=w in)1%!(EXTRA main.S=S<2>)
