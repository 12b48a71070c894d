package main

func main() {
	x := 5
	x()
}

// Exit: 2
// Stderr:
// call_non_function\.go:5:2: invalid operation: cannot call x \(variable of type int\): int is not a function$
// Output:
