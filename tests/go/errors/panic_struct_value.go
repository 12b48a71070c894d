package main

type T struct {
	A int
	B string
}

func main() {
	panic(T{1, "x"})
}

// Exit: 2
// Stderr:
// ^panic: \(main\.T\) 0x[0-9a-f]+$
// ^goroutine 1 \[running\]:$
// Output:
