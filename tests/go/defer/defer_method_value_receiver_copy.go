package main

import "fmt"

type T struct{ n int }

func (t T) Show()   { fmt.Println("value receiver", t.n) }
func (t *T) ShowP() { fmt.Println("pointer receiver", t.n) }

func main() {
	t := T{1}
	defer t.Show()
	defer t.ShowP()
	t.n = 2
}

// Output:
// pointer receiver 2
// value receiver 1
