package main

func main() {
	x := 1
	x + 2
}

// Exit: 2
// Stderr:
// unused_result_expression\.go:5:2: x \+ 2 \(value of type int\) is not used$
// Output:
