package main

func main() {
	goto Missing
}

// Exit: 2
// Stderr:
// err_not_defined\.go:4:7: label Missing not defined$
// Output:
