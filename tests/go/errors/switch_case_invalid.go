package main

import "fmt"

type B bool

func main() {
	var b B
	var s fmt.Stringer
	var e error
	switch {
	case b:
	case s:
	case e:
	case 1:
	}
	x := 1
	switch x {
	case "a":
	case any(2):
	case s:
	}
	var sl []int
	var i any
	switch i {
	case sl:
	}
	switch sl {
	case i:
	}
}

// Exit: 2
// Stderr:
// switch_case_invalid\.go:12:7: invalid case b in switch on true \(mismatched types B and bool\)$
// switch_case_invalid\.go:13:7: invalid case s in switch on true \(mismatched types fmt\.Stringer and bool\)$
// switch_case_invalid\.go:14:7: invalid case e in switch on true \(mismatched types error and bool\)$
// switch_case_invalid\.go:15:7: cannot convert 1 \(untyped int constant\) to type bool$
// switch_case_invalid\.go:19:7: cannot convert "a" \(untyped string constant\) to type int$
// switch_case_invalid\.go:21:7: invalid case s in switch on x \(mismatched types fmt\.Stringer and int\)$
// switch_case_invalid\.go:26:7: invalid case sl in switch on i \(slice can only be compared to nil\)$
// switch_case_invalid\.go:29:7: invalid case i in switch on sl \(slice can only be compared to nil\)$
// Output:
