package main

func main() {
	doSomething(1)
}

// Exit: 2
// Stderr:
// undefined_function\.go:4:2: undefined: doSomething$
// Output:
