package main

import (
	"fmt"
	"strings"
)

// Point scans itself from "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return fmt.Errorf("point must start with '(', not %q", r)
	}
	_, err = fmt.Fscanf(state, "%d,%d)", &p.X, &p.Y)
	return err
}

// Upper keeps a word upper-cased.
type Upper string

func (u *Upper) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, nil)
	if err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(string(tok)))
	return nil
}

func main() {
	var p, q Point
	var u Upper
	n, err := fmt.Sscan("(1,2) shout (30,-4)", &p, &u, &q)
	fmt.Println(n, err, p, u, q)
	n, err = fmt.Sscan("[5,6]", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &u)
	fmt.Println(n, err)
	w, ok := 0, false
	fmt.Sscanf("abc", "%2v", &widthProbe{&w, &ok})
	fmt.Println(w, ok)
}

type widthProbe struct {
	w  *int
	ok *bool
}

func (p *widthProbe) Scan(state fmt.ScanState, verb rune) error {
	*p.w, *p.ok = state.Width()
	return nil
}
// Output:
// 3 <nil> {1 2} SHOUT {30 -4}
// 0 point must start with '(', not '['
// 1 <nil>
// 2 true
