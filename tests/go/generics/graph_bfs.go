// A generic Graph[K comparable] with breadth-first search.
package main

import "fmt"

type Graph[K comparable] struct {
	edges map[K][]K
}

func NewGraph[K comparable]() *Graph[K] { return &Graph[K]{edges: map[K][]K{}} }

func (g *Graph[K]) Edge(a, b K) {
	g.edges[a] = append(g.edges[a], b)
	g.edges[b] = append(g.edges[b], a)
}

func (g *Graph[K]) BFS(start K) []K {
	seen := map[K]bool{start: true}
	order := []K{start}
	for i := 0; i < len(order); i++ {
		for _, n := range g.edges[order[i]] {
			if !seen[n] {
				seen[n] = true
				order = append(order, n)
			}
		}
	}
	return order
}

type city string

func main() {
	g := NewGraph[int]()
	g.Edge(1, 2)
	g.Edge(1, 3)
	g.Edge(2, 4)
	g.Edge(3, 4)
	g.Edge(4, 5)
	fmt.Println(g.BFS(1))
	c := NewGraph[city]()
	c.Edge("oslo", "bergen")
	c.Edge("bergen", "stavanger")
	fmt.Println(c.BFS("stavanger"))
}

// Output:
// [1 2 3 4 5]
// [stavanger bergen oslo]
