package main

type S int

func (s S) String() string { return "S!" }

func main() {
	panic(S(3))
}

// Exit: 2
// Stderr:
// ^panic: S!$
// ^goroutine 1 \[running\]:$
// Output:
