package main

import (
	"fmt"
	"strings"
)

type T struct{ f int }

func (t T) Get() int   { return t.f }
func (t *T) Set(v int) { t.f = v }

type PS *T

type I interface{ M() }

func main() {
	var z PS = &T{3}
	z.Get()
	z.Set(1)
	_ = PS.Get
	var i I = z
	var s fmt.Stringer
	s.string()
	var sb strings.Builder
	sb.writeString("x")
	sb.Foo()
	_ = T{F: 1}
	var zz *PS
	_ = zz.f
	_ = i
}

// Exit: 2
// Stderr:
// defined_pointer_no_methods\.go:19:4: z\.Get undefined \(type PS has no field or method Get\)$
// defined_pointer_no_methods\.go:20:4: z\.Set undefined \(type PS has no field or method Set\)$
// defined_pointer_no_methods\.go:21:9: PS\.Get undefined \(type PS has no field or method Get\)$
// defined_pointer_no_methods\.go:22:12: cannot use z \(variable of pointer type PS\) as I value in variable declaration: PS does not implement I \(missing method M\)$
// defined_pointer_no_methods\.go:24:4: s\.string undefined \(type fmt\.Stringer has no field or method string, but does have method String\)$
// defined_pointer_no_methods\.go:26:5: sb\.writeString undefined \(type strings\.Builder has no field or method writeString, but does have method WriteString\)$
// defined_pointer_no_methods\.go:27:5: sb\.Foo undefined \(type strings\.Builder has no field or method Foo\)$
// defined_pointer_no_methods\.go:28:8: unknown field F in struct literal of type T, but does have f$
// defined_pointer_no_methods\.go:30:9: zz\.f undefined \(type \*PS has no field or method f\)$
// Output:
