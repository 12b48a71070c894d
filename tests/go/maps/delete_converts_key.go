// delete converts its key to the map's key type, as an index does: a
// concrete key deletes from a map with interface keys.
package main

import "fmt"

type K interface{}

type P struct{ x, y int }

func main() {
	m := map[interface{}]string{1: "one", "a": "A", P{1, 2}: "p", 2.5: "f"}
	delete(m, 1)
	delete(m, "a")
	delete(m, P{1, 2})
	delete(m, int64(2)) // another dynamic type: nothing to delete
	fmt.Println(len(m), m[2.5])
	var e error
	me := map[error]int{e: 1}
	delete(me, nil)
	fmt.Println(len(me))
	mk := map[K]int{3: 3}
	delete(mk, 3)
	fmt.Println(len(mk))
}

// Output:
// 1 f
// 0
// 0
