package main

import (
	"fmt"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "minigo-test-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := dir + "/notes.txt"
	if err := os.WriteFile(name, []byte("first line\nsecond line\n"), 0644); err != nil {
		panic(err)
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	// WriteFile truncates
	os.WriteFile(name, []byte("short"), 0644)
	data, _ = os.ReadFile(name)
	fmt.Printf("%q %d\n", data, len(data))
	// an empty file
	os.WriteFile(name, nil, 0644)
	data, err = os.ReadFile(name)
	fmt.Println(len(data), data != nil, err)
}

// Output:
// "first line\nsecond line\n" <nil>
// "short" 5
// 0 true <nil>
