package main

import "fmt"

type Box struct {
	Items [3]string
	Count int
}

func fill(b *Box) {
	for i := range b.Items {
		b.Items[i] = fmt.Sprint("item", i)
		b.Count++
	}
}

func main() {
	var b Box
	fill(&b)
	fmt.Println(b.Count, b.Items)
	pa := &b.Items
	pa[0] = "changed"
	fmt.Println(b.Items[0], len(pa))
	pc := &b.Count
	*pc += 10
	fmt.Println(b.Count)
}

// Output:
// 3 [item0 item1 item2]
// changed 3
// 13
