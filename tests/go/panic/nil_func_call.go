package main

func main() {
	var f func(int) int
	f(1)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: invalid memory address or nil pointer dereference$
// ^goroutine 1 \[running\]:$
// Output:
