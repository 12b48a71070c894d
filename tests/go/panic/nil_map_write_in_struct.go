package main

type Cache struct {
	data map[string]int
}

func (c *Cache) Put(k string, v int) { c.data[k] = v }

func main() {
	var c Cache
	c.Put("k", 1)
}

// Exit: 2
// Stderr:
// ^panic: assignment to entry in nil map$
// ^goroutine 1 \[running\]:$
// Output:
