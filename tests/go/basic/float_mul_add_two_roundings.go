// x += a*b and x -= a*b round the product before the sum, as Go does on
// amd64 (no fused multiply-add): the VM's MULADDF/MULSUBF keep that.
package main

import (
	"fmt"
	"math"
)

type acc struct{ v float64 }

func main() {
	a := 1 + math.Ldexp(1, -30)
	b := 1 - math.Ldexp(1, -30)
	x := -1.0
	x += a * b // a*b rounds to 1: x is 0, not -2^-60
	fmt.Println(x)
	y := 1.0
	y -= a * b
	fmt.Println(y)
	s := acc{-1}
	s.v += a * b
	fmt.Println(s.v)
	z := -1.0
	z = z + a*b
	fmt.Println(z)
	w := 5.0
	w = w - 2*w // reads w before the product
	fmt.Println(w)
	var f32 float32 = -1
	fa, fb := float32(1+math.Ldexp(1, -13)), float32(1-math.Ldexp(1, -13))
	f32 += fa * fb
	fmt.Println(f32)
	d := 2.0
	d += d * d
	fmt.Println(d)
}

// Output:
// 0
// 0
// 0
// 0
// -5
// 0
// 6
