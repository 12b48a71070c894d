// A float op with a field operand (ADDFLD..DIVFLD) and a field update
// p.f += a*b (FLDMULADDF/FLDMULSUBF): the same values as the plain
// instructions give, whichever registers alias, with float32 rounding,
// and the product rounded before the sum.
package main

import (
	"fmt"
	"math"
)

type P struct{ x, y, z, m float64 }

type Q struct {
	a, b float32
	p    *P
}

func (p *P) norm() float64 { return math.Sqrt(p.x*p.x + p.y*p.y + p.z*p.z) }

func main() {
	p := &P{3, 4, 12, 0.5}
	q := &P{1, 2, 3, 4}
	fmt.Println(p.x-q.x, q.x-p.x, p.y+q.y, p.z*q.z, p.z/q.z, q.z/p.z)
	fmt.Println(2-p.x, p.x-2, 10/p.m, p.m/10, p.norm())
	d := p.x
	d = d - q.x // the result in the operand's own register
	fmt.Println(d)
	p.x = p.x * p.x
	fmt.Println(p.x)

	// field updates, with every kind of aliasing
	dt := 0.25
	p.x += dt * q.x
	p.y -= q.y * dt
	p.z += p.z * p.z
	p.m -= p.m * dt
	q.x += q.x * q.y
	fmt.Println(*p, *q)
	p.x += p.y * q.z
	p.y -= dt * p.y
	fmt.Println(*p)

	// two roundings: the product rounds to 1 before the sum
	a := 1 + math.Ldexp(1, -30)
	b := 1 - math.Ldexp(1, -30)
	r := &P{x: -1, y: 1}
	r.x += a * b
	r.y -= a * b
	fmt.Println(r.x, r.y)
	r.z = a
	r.m = -1
	r.m += b * r.z
	fmt.Println(r.m)

	// float32 fields round to single precision after each op
	fa, fb := float32(1+math.Ldexp(1, -13)), float32(1-math.Ldexp(1, -13))
	s := &Q{a: -1, b: fb}
	s.a += fa * fb
	fmt.Println(s.a)
	s.a = 1
	s.a += s.b * fa
	fmt.Println(s.a, s.a-s.b, fa*s.b)

	// through a chain of pointers, in a loop
	s.p = q
	for i := 0; i < 3; i++ {
		s.p.z -= s.p.y * 0.5
		s.p.y += 1 / s.p.z
	}
	fmt.Printf("%.6f %.6f\n", s.p.y, s.p.z)

	// NaN and infinities pass through
	n := &P{math.Inf(1), math.NaN(), 0, math.Copysign(0, -1)}
	fmt.Println(1-n.x, 2*n.y, 1/n.z, n.z+n.m, math.Signbit(0*n.m))
}

// Output:
// 2 -2 6 36 4 0.25
// -1 1 20 0.05 13
// 2
// 9
// {9.25 3.5 156 0.375} {3 2 3 4}
// {19.75 2.625 156 0.375}
// 0 0
// 0
// 0
// 2 1.0001221 1
// 2.976190 -1.166667
// -Inf NaN +Inf 0 true
