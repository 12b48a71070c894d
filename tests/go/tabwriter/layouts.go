package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func show(title string, minw, tabw, pad int, padch byte, flags uint, text string) {
	fmt.Println("==", title)
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minw, tabw, pad, padch, flags)
	fmt.Fprint(w, text)
	w.Flush()
	fmt.Printf("%q\n", sb.String())
}

func main() {
	t1 := "a\tb\tc\naa\tbbb\tc\naaa\tb\tcccc\n"
	show("basic", 0, 8, 1, ' ', 0, t1)
	show("right", 5, 0, 1, ' ', tabwriter.AlignRight, t1)
	show("debug", 0, 8, 1, '.', tabwriter.Debug, t1)
	show("tabs", 0, 8, 1, '\t', 0, t1)
	show("tabs right ignored", 0, 4, 0, '\t', tabwriter.AlignRight, t1)
	show("blocks", 0, 8, 2, ' ', 0, "x\ty\nxx\tyy\nno tabs here\nzzzz\tw\tq\nz\tw\n")
	show("trailing tab", 0, 8, 1, '-', 0, "a\tb\t\naaa\tbb\t\n")
	show("empty cols", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns, "a\t\tb\naa\t\tbb\n")
	show("empty cols kept", 0, 8, 1, '_', 0, "a\t\tb\naa\t\tbb\n")
	show("soft", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns, "a\v\vb\naa\v\vbb\n")
	show("formfeed", 0, 8, 1, ' ', tabwriter.Debug, "a\tb\nccc\td\f1\t2\n33\t4\n")
	show("unicode", 0, 8, 1, ' ', 0, "日本\tx\nab\ty\n")
	show("escape", 0, 8, 1, ' ', 0, "\xffa\tb\xff\tc\nd\te\n")
	show("strip escape", 0, 8, 1, ' ', tabwriter.StripEscape, "\xffa\tb\xff\tc\nd\te\n")
	show("html", 0, 8, 1, ' ', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\nxx\ty\n")
	show("tabindent", 0, 4, 1, ' ', tabwriter.TabIndent, "\t\tindented\tx\n\tone\ty\n")
	show("minwidth", 10, 8, 0, ' ', 0, "a\tb\n")
	show("no final newline", 0, 8, 1, ' ', 0, "a\tb\nccc\td")
	show("unterminated escape", 0, 8, 1, ' ', 0, "a\t\xffxyz")
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tMODIFIED\t")
	fmt.Fprintln(w, "main.go\t1204\t2024-01-02\t")
	fmt.Fprintln(w, "README.md\t88\t2023-12-31\t")
	w.Flush()
	w.Init(os.Stdout, 8, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaaaaaaaa\tb\tc")
	w.Flush()
}
// Output:
// == basic
// "a   b   c\naa  bbb c\naaa b   cccc\n"
// == right
// "    a    bc\n   aa  bbbc\n  aaa    bcccc\n"
// == debug
// "a...|b...|c\naa..|bbb.|c\naaa.|b...|cccc\n"
// == tabs
// "a\tb\tc\naa\tbbb\tc\naaa\tb\tcccc\n"
// == tabs right ignored
// "a\tb\tc\naa\tbbb\tc\naaa\tb\tcccc\n"
// == blocks
// "x   y\nxx  yy\nno tabs here\nzzzz  w  q\nz     w\n"
// == trailing tab
// "a---b--\naaa-bb-\n"
// == empty cols
// "a___b\naa__bb\n"
// == empty cols kept
// "a___b\naa__bb\n"
// == soft
// "a__b\naa_bb\n"
// == formfeed
// "a   |b\nccc |d\n---\n1  |2\n33 |4\n"
// == unicode
// "日本 x\nab y\n"
// == escape
// "\xffa\tb\xff c\nd   e\n"
// == strip escape
// "a\tb c\nd   e\n"
// == html
// "<b>bold</b> &amp;\nxx   y\n"
// == tabindent
// "\t\tindented x\n\tone y\n"
// == minwidth
// "a         b\n"
// == no final newline
// "a   b\nccc d"
// == unterminated escape
// "a \xffxyz"
// NAME       SIZE  MODIFIED    
// main.go    1204  2024-01-02  
// README.md  88    2023-12-31  
// a		b	c
// aaaaaaaaaa	b	c
