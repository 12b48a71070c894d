package main

func f() string {
	return 42
}

func main() { _ = f() }

// Exit: 2
// Stderr:
// wrong_type_in_return\.go:4:9: cannot use 42 \(untyped int constant\) as string value in return statement$
// Output:
