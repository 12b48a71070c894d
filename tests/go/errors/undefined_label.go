package main

func main() {
	for {
		break Missing
	}
}

// Exit: 2
// Stderr:
// undefined_label\.go:5:9: break label not defined: Missing$
// Output:
