package main

type S struct{ a []int }

func main() {
	switch {
	case true, true:
	}
	x := true
	switch x {
	case false, false:
	}
	var s S
	var i any
	switch i {
	case s:
	}
	f := func() {}
	switch f {
	case nil:
	case f:
	}
	switch s {
	}
	switch nil {
	}
}

// Exit: 2
// Stderr:
// switch_incomparable\.go:16:7: invalid case s in switch on i \(struct containing \[\]int cannot be compared\)$
// switch_incomparable\.go:21:7: invalid case f in switch on f \(func can only be compared to nil\)$
// switch_incomparable\.go:23:9: cannot switch on s \(variable of struct type S\) \(S is not comparable\)$
// switch_incomparable\.go:25:9: use of untyped nil in switch expression$
// Output:
