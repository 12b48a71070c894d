package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("MINIGO_TEST_VAR"))
	fmt.Printf("%q\n", os.Getenv("MINIGO_SURELY_UNSET_VAR"))
}

// Env: MINIGO_TEST_VAR=hello world

// Output:
// ""
// ""
