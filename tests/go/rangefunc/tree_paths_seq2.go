package main

import "fmt"

type Node struct {
	Name     string
	Children []*Node
}

// Walk yields each node with its depth, preorder.
func (n *Node) Walk() func(func(int, *Node) bool) {
	var visit func(int, *Node, func(int, *Node) bool) bool
	visit = func(d int, n *Node, yield func(int, *Node) bool) bool {
		if !yield(d, n) {
			return false
		}
		for _, c := range n.Children {
			if !visit(d+1, c, yield) {
				return false
			}
		}
		return true
	}
	return func(yield func(int, *Node) bool) { visit(0, n, yield) }
}

func findDepth(root *Node, name string) int {
	for d, n := range root.Walk() {
		if n.Name == name {
			return d
		}
	}
	return -1
}

func main() {
	root := &Node{"root", []*Node{
		{"a", []*Node{{"a1", nil}, {"a2", []*Node{{"deep", nil}}}}},
		{"b", nil},
	}}
	for d, n := range root.Walk() {
		fmt.Printf("%*s%s\n", 2*d, "", n.Name)
	}
	fmt.Println(findDepth(root, "deep"), findDepth(root, "b"), findDepth(root, "zz"))
}

// Output:
// root
//   a
//     a1
//     a2
//       deep
//   b
// 3 1 -1
