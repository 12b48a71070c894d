package main

func pairs(yield func(string, float64) bool) {}

func main() {
	for k, v := range pairs {
		var n int = v
		k++
		_ = n
	}
}

// Exit: 2
// Stderr:
// compile_err_body_types\.go:7:15: cannot use v \(variable of type float64\) as int value in variable declaration$
// compile_err_body_types\.go:8:3: invalid operation: k\+\+ \(non\-numeric type string\)$
// Output:
