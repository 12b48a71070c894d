package main

func main() {
	m := map[int]int{1: 1, 2: 2, 1: 3}
	a := [3]int{0: 1, 0: 2}
	s := []string{5: "a", 4: "b", "c"}
	f := map[float64]bool{1: true, 1.0: false, 2.5: true}
	k := map[any]int{1: 1, 1.0: 2, "x": 3, "x": 4}
	st := map[string]int{"a": 1, "b": 2, "a": 3}
	x := 1.5
	switch x {
	case 1, 1.0, 2:
	}
	var i any
	switch i {
	case 1, "a", 1, 1.0:
	}
	_, _, _, _, _, _ = m, a, s, f, k, st
}

// Exit: 2
// Stderr:
// duplicate_keys_indexes_cases\.go:4:31: duplicate key 1 in map literal$
// duplicate_keys_indexes_cases\.go:5:20: duplicate index 0 in array or slice literal$
// duplicate_keys_indexes_cases\.go:6:32: duplicate index 5 in array or slice literal$
// duplicate_keys_indexes_cases\.go:7:33: duplicate key 1 in map literal$
// duplicate_keys_indexes_cases\.go:8:41: duplicate key "x" in map literal$
// duplicate_keys_indexes_cases\.go:9:39: duplicate key "a" in map literal$
// duplicate_keys_indexes_cases\.go:12:10: duplicate case 1\.0 \(constant 1 of type float64\) in expression switch$
// duplicate_keys_indexes_cases\.go:12:7: previous case$
// duplicate_keys_indexes_cases\.go:16:15: duplicate case 1 \(constant of type int\) in expression switch$
// duplicate_keys_indexes_cases\.go:16:7: previous case$
// Output:
