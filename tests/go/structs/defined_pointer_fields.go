package main

import (
	"fmt"
	"strings"
)

type Inner struct{ n int }

type T struct {
	f int
	Inner
	p struct{ x, y int }
	arr [2]string
}

type PS *T

type PPS *PS

func (t T) Get() int { return t.f }

func set(z PS, v int) { z.f = v }

func main() {
	var z PS = &T{f: 3}
	fmt.Println(z.f, z.n)
	z.f = 4
	z.f++
	z.f += 10
	z.n = 7
	z.Inner.n++
	z.p.x = 1
	z.p = struct{ x, y int }{5, 6}
	z.arr[1] = "b"
	set(z, z.f*2)
	q := &z.f
	*q += 1
	fmt.Println(z.f, z.n, z.p, z.arr, (*z).Get(), T(*z).Get())
	var zz PPS = &z
	fmt.Println((*zz).f)
	var t PS
	defer func() { fmt.Println("recovered:", recover()) }()
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String())
	fmt.Println(t.f)
}

// Output:
// 3 0
// 31 8 {5 6} [ b] 31 31
// 31
// x
// recovered: runtime error: invalid memory address or nil pointer dereference
