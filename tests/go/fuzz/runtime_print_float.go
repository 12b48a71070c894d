package main

// Found by tests/difffuzz: since Go 1.26 the runtime prints floats (print,
// println, panic values) in strconv's shortest form, as %v does, where it
// used to print +1.500000e+000.

import "fmt"

type F float32

func try(v any) {
	defer func() { fmt.Println(recover()) }()
	panic(v)
}

func main() {
	println(1.5, float32(0.1), 1e21, 1e-7, 100.0, -0.0, 3.0, float32(16777217))
	var z float64
	println(z/z, 1/z, -1/z, 123456789.0, 1e20, 0.000123, -2.5e-300)
	try(F(0.1))
	panic(F(0.1))
}

// Exit: 2
// Stderr:
// ^1\.5 0\.1 1e\+21 1e-07 100 0 3 1\.6777216e\+07$
// ^NaN \+Inf -Inf 1\.23456789e\+08 1e\+20 0\.000123 -2\.5e-300$
// ^panic: main\.F\(0\.1\)
// Output:
// 0.1
