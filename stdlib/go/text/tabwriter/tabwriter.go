// Package tabwriter: elastic tabstops, as Go's text/tabwriter lays them
// out. Text is cut into cells at tabs ('\t', or '\v' for a soft one); the
// cells of one column in a run of adjacent lines that have that column (a
// column block) are padded to the widest of them, so a column can be
// narrow in one block and wide in another. A line without tabs, a '\f',
// or Flush ends the blocks. The last cell of each line is not in a
// column. All Go.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Flags.
const (
	FilterHTML          uint = 1 << iota // HTML tags are of zero width, entities of width one
	StripEscape                          // drop the Escape bytes around escaped text
	AlignRight                           // pad on the left of a cell
	DiscardEmptyColumns                  // a column of empty soft cells takes no room
	TabIndent                            // pad leading empty cells with tabs
	Debug                                // a '|' between columns, "---" at '\f'
)

// Escape brackets text whose tabs and newlines are not special (and whose
// width is its own).
const Escape = '\xff'

type cell struct {
	size  int  // bytes
	width int  // runes, escapes not counted
	htab  bool // ended by '\t' (not '\v')
}

// A Writer formats what is written to it into aligned columns; call
// Flush at the end.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	text    []byte   // the cells' bytes, without the tabs and newlines
	counted int      // text[:counted] is in cur.width already
	cur     cell     // the cell being written
	endChar byte     // what ends the escape in progress (0: none)
	lines   [][]cell // the lines since the last flush
	widths  []int    // the widths of the columns being formatted
	out     []byte   // formatted output, written at the end of a flush
}

func (b *Writer) reset() {
	b.text = b.text[:0]
	b.counted = 0
	b.cur = cell{}
	b.endChar = 0
	b.lines = [][]cell{nil}
	b.widths = b.widths[:0]
}

// Init sets the Writer up: minwidth is the smallest cell width (padding
// included), tabwidth the width of a tab when padchar is '\t', padding
// what is added to each cell's width.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	if padchar == '\t' {
		// tab padding makes left-aligned columns only
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *Writer) repeat(c byte, n int) {
	for ; n > 0; n-- {
		b.out = append(b.out, c)
	}
}

// pad fills a cell of text width textw to cellw.
func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		b.repeat('\t', (cellw-textw+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.repeat(b.padchar, cellw-textw)
}

// emit writes lines[from:to], whose column widths are known; pos is where
// their text starts in b.text. It returns where the next line's starts.
func (b *Writer) emit(pos, from, to int) int {
	for i := from; i < to; i++ {
		useTabs := b.flags&TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.out = append(b.out, '|')
			}
			inColumn := j < len(b.widths)
			if c.size == 0 {
				if inColumn {
					b.pad(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight != 0 && inColumn {
				b.pad(c.width, b.widths[j], false)
			}
			b.out = append(b.out, b.text[pos:pos+c.size]...)
			pos += c.size
			if b.flags&AlignRight == 0 && inColumn {
				b.pad(c.width, b.widths[j], false)
			}
		}
		if i+1 == len(b.lines) {
			// the unfinished last line: its pending cell, no newline
			b.out = append(b.out, b.text[pos:pos+b.cur.size]...)
			pos += b.cur.size
		} else {
			b.out = append(b.out, '\n')
		}
	}
	return pos
}

// layout formats lines[from:to] given the widths of the columns left of
// column len(b.widths): each run of lines that has that column is a block
// whose width is its widest cell; the block's lines are laid out further
// right recursively, the lines between blocks are written as they are.
func (b *Writer) layout(pos, from, to int) int {
	col := len(b.widths)
	for i := from; i < to; i++ {
		if col >= len(b.lines[i])-1 {
			continue // this line does not reach the column
		}
		pos = b.emit(pos, from, i)
		from = i
		width := b.minwidth
		empty := true
		for ; i < to && col < len(b.lines[i])-1; i++ {
			c := b.lines[i][col]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				empty = false
			}
		}
		if empty && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.layout(pos, from, i)
		b.widths = b.widths[:len(b.widths)-1]
		from = i
		// line i (if any) ended the block: it does not reach the column
	}
	return b.emit(pos, from, to)
}

func (b *Writer) addText(t []byte) {
	b.text = append(b.text, t...)
	b.cur.size += len(t)
}

func (b *Writer) countWidth() {
	b.cur.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2 // the Escape bytes take no room
		}
	case '>':
		// a tag: no width
	case ';':
		b.cur.width++ // an entity: one character
	}
	b.counted = len(b.text)
	b.endChar = 0
}

// endCell closes the current cell; it returns the cells on the line.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cur)
	b.cur = cell{}
	return len(b.lines[n])
}

type writeError struct{ err error }

func (b *Writer) flushOut() {
	if len(b.out) == 0 {
		return
	}
	out := b.out
	b.out = b.out[:0]
	n, err := b.output.Write(out)
	if n != len(out) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

func (b *Writer) flushLines() {
	if b.cur.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.layout(0, 0, len(b.lines))
	b.reset()
	b.flushOut()
}

func (b *Writer) recoverWrite(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		b.out = b.out[:0]
		if we, ok := e.(writeError); ok {
			*err = we.err
			return
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}

// Flush formats and writes everything buffered.
func (b *Writer) Flush() (err error) {
	defer b.recoverWrite(&err, "Flush")
	b.flushLines()
	return nil
}

// Write buffers buf; lines are written when a block is complete.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverWrite(&err, "Write")
	start := 0
	for i := 0; i < len(buf); i++ {
		ch := buf[i]
		if b.endChar != 0 {
			if ch == b.endChar {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.addText(buf[start:end])
				start = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.addText(buf[start:i])
			b.countWidth()
			start = i + 1
			ncells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.lines = append(b.lines, nil)
				if ch == '\f' || ncells == 1 {
					// a line without tabs (or a form feed) ends every block
					b.flushLines()
					if ch == '\f' && b.flags&Debug != 0 {
						b.out = append(b.out, "---\n"...)
						b.flushOut()
					}
				}
			}
		case Escape:
			b.addText(buf[start:i])
			b.countWidth()
			start = i
			if b.flags&StripEscape != 0 {
				start++
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.addText(buf[start:i])
				b.countWidth()
				start = i
				b.startEscape(ch)
			}
		}
	}
	b.addText(buf[start:])
	return len(buf), nil
}
