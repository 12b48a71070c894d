package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("MINIGO_TEST_GREETING"))
	v, ok := os.LookupEnv("MINIGO_TEST_GREETING")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("MINIGO_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("MINIGO_TEST_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("MINIGO_TEST_NEW", "value=with=equals"))
	fmt.Println(os.Getenv("MINIGO_TEST_NEW"))
	fmt.Println(os.Unsetenv("MINIGO_TEST_NEW"))
	_, ok = os.LookupEnv("MINIGO_TEST_NEW")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	err := os.Setenv("BAD", "nul\x00byte")
	fmt.Printf("%v %T\n", err, err)
	found := 0
	for _, kv := range os.Environ() {
		if kv == "MINIGO_TEST_GREETING=hello world" || kv == "MINIGO_TEST_EMPTY=" {
			found++
		}
	}
	fmt.Println(found)
}

// Env: MINIGO_TEST_GREETING=hello world
// Env: MINIGO_TEST_EMPTY=
// Output:
// "hello world"
// "hello world" true
// "" true
// "" false
// <nil>
// value=with=equals
// <nil>
// false
// setenv: invalid argument
// setenv: invalid argument
// setenv: invalid argument *os.SyscallError
// 2
