package main

type Shape interface{ Area() float64 }

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	_ = s
}

// Exit: 2
// Stderr:
// pointer_receiver_not_in_method_set\.go:10:16: cannot use Sq\{\} \(value of struct type Sq\) as Shape value in variable declaration: Sq does not implement Shape \(method Area has pointer receiver\)$
// Output:
