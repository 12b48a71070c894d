// hello.go: the whole process for a one-line program — start-up, parsing,
// checking and compiling what it imports, running, exiting. The CPU time
// (user+sys) is what issue 13 measures; bench/run reports wall-clock time
// and "/usr/bin/time" gives the CPU time when run by hand.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
