package main

import "fmt"

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func process(names []string) {
	for _, n := range names {
		r := &Res{n}
		defer r.Close()
		fmt.Println("open", n)
	}
	fmt.Println("end of process")
}

func main() {
	process([]string{"a", "b", "c"})
}

// Output:
// open a
// open b
// open c
// end of process
// close c
// close b
// close a
