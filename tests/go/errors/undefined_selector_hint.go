package main

type T struct{ f int }

func (t T) Get() int { return t.f }

func main() {
	_ = T.Nope
	_ = T.f
	_ = T.get
	var t T
	_ = t.get
	_ = t.F
	_ = (*T).Nope
}

// Exit: 2
// Stderr:
// undefined_selector_hint\.go:8:8: T\.Nope undefined \(type T has no field or method Nope\)$
// undefined_selector_hint\.go:9:8: T\.f undefined \(type T has no method f\)$
// undefined_selector_hint\.go:10:8: T\.get undefined \(type T has no field or method get, but does have method Get\)$
// undefined_selector_hint\.go:12:8: t\.get undefined \(type T has no field or method get, but does have method Get\)$
// undefined_selector_hint\.go:13:8: t\.F undefined \(type T has no field or method F, but does have field f\)$
// undefined_selector_hint\.go:14:11: \(\*T\)\.Nope undefined \(type \*T has no field or method Nope\)$
// Output:
