// go calls through function values: a variable, a map entry, a returned
// closure.
package main

import "fmt"

func maker(tag string) func(chan string) {
	return func(out chan string) { out <- "made " + tag }
}

func main() {
	out := make(chan string)
	var f func(chan string) = func(out chan string) { out <- "var" }
	go f(out)
	fmt.Println(<-out)

	m := map[string]func(chan string){
		"a": func(out chan string) { out <- "map a" },
	}
	go m["a"](out)
	fmt.Println(<-out)

	go maker("x")(out)
	fmt.Println(<-out)
}

// Output:
// var
// map a
// made x
