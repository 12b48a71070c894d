// A package other than main (package shapes): its types print with its
// name (%T is shapes.Square), its unexported names are the test's too.
package shapes

import (
	"fmt"
	"testing"
)

func TestArea(t *testing.T) {
	s := Square{3}
	if s.Area() != 9 {
		t.Errorf("Area = %g", s.Area())
	}
	t.Logf("%T %v %d", s, s, unexported())
}

func ExampleSquare_Area() {
	fmt.Println(Square{2}.Area())
	// Output: 4
}

// Flags: -v tests/gotest/shapes.go
// Output (regexp):
// === RUN   TestArea
//     shapes_test\.go:15: shapes\.Square square\(3\) 7
// --- PASS: TestArea \(\d+\.\d+s\)
// === RUN   ExampleSquare_Area
// --- PASS: ExampleSquare_Area \(\d+\.\d+s\)
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s
