// An insertion-ordered map type OrderedMap[K, V].
package main

import "fmt"

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

func main() {
	o := NewOrderedMap[string, int]()
	o.Set("zeta", 1)
	o.Set("alpha", 2)
	o.Set("mid", 3)
	o.Set("zeta", 4)
	o.Each(func(k string, v int) { fmt.Println(k, v) })
}

// Output:
// zeta 4
// alpha 2
// mid 3
