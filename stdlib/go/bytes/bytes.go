// Package bytes: the strings functions for []byte, Buffer and Reader, with
// Go's results (including which results share the argument's bytes and
// which are nil). Searching goes through package strings' natives on
// view(s), a string sharing s's bytes (no copy: the natives only read it,
// and its results are indexes and booleans, so it never outlives the
// call); the Func forms, whose callback could change s, search a copy.
// Everything that returns parts of s slices s itself. The one native,
// view, is in stdlib/strings.c.
//
//minigo:natives
package bytes

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

const MinRead = 512

// view is string(b) without the copy: the string shares b's bytes.
func view(b []byte) string

var ErrTooLarge = errors.New("bytes.Buffer: too large")
var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

func Equal(a, b []byte) bool           { return view(a) == view(b) }
func Compare(a, b []byte) int          { return strings.Compare(view(a), view(b)) }
func Count(s, sep []byte) int          { return strings.Count(view(s), view(sep)) }
func Contains(b, subslice []byte) bool { return strings.Contains(view(b), view(subslice)) }
func ContainsAny(b []byte, chars string) bool {
	return strings.ContainsAny(view(b), chars)
}
func ContainsRune(b []byte, r rune) bool              { return strings.ContainsRune(view(b), r) }
func ContainsFunc(b []byte, f func(rune) bool) bool   { return IndexFunc(b, f) >= 0 }
func Index(s, sep []byte) int                         { return strings.Index(view(s), view(sep)) }
func IndexByte(b []byte, c byte) int                  { return strings.IndexByte(view(b), c) }
func IndexRune(s []byte, r rune) int                  { return strings.IndexRune(view(s), r) }
func IndexAny(s []byte, chars string) int             { return strings.IndexAny(view(s), chars) }
func LastIndex(s, sep []byte) int                     { return strings.LastIndex(view(s), view(sep)) }
func LastIndexByte(s []byte, c byte) int              { return strings.LastIndexByte(view(s), c) }
func LastIndexAny(s []byte, chars string) int         { return strings.LastIndexAny(view(s), chars) }
func HasPrefix(s, prefix []byte) bool                 { return strings.HasPrefix(view(s), view(prefix)) }
func HasSuffix(s, suffix []byte) bool                 { return strings.HasSuffix(view(s), view(suffix)) }
func EqualFold(s, t []byte) bool                      { return strings.EqualFold(view(s), view(t)) }
func IndexFunc(s []byte, f func(r rune) bool) int     { return strings.IndexFunc(string(s), f) }
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(string(s), f) }

func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// explode splits s into its UTF-8 sequences, at most n (n < 0: all).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// genSplit: each piece keeps sepSave bytes of the separator; pieces but
// the last have their capacity cut at their end.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	i := 0
	for ; i < n-1; i++ {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
	}
	a[i] = s
	return a[:i+1]
}

func SplitN(s, sep []byte, n int) [][]byte      { return genSplit(s, sep, 0, n) }
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }
func Split(s, sep []byte) [][]byte              { return genSplit(s, sep, 0, -1) }
func SplitAfter(s, sep []byte) [][]byte         { return genSplit(s, sep, len(sep), -1) }

func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var a [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		a = append(a, s[start:len(s):len(s)])
	}
	return a
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if r = mapping(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += w
	}
	return b
}

func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && len(b)*count/count != len(b) {
		panic("bytes: Repeat output length overflow")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// caseMap: a new slice always, as Go's ToUpper and friends give.
func caseMap(s []byte, f func(string) string) []byte {
	return append([]byte(""), f(string(s))...)
}

func ToUpper(s []byte) []byte { return caseMap(s, strings.ToUpper) }
func ToLower(s []byte) []byte { return caseMap(s, strings.ToLower) }
func ToTitle(s []byte) []byte { return caseMap(s, strings.ToTitle) }

func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	return append(b, strings.ToValidUTF8(string(s), string(replacement))...)
}

func Runes(s []byte) []rune { return []rune(string(s)) }

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRune(s[i:])
		if !f(r) {
			return s[i:]
		}
		i += w
	}
	return nil
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRune(s[:i])
		if !f(r) {
			break
		}
		i -= w
	}
	return s[0:i]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// trimLeftSet drops the leading runes in cutset; nil when none is left.
func trimLeftSet(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if !strings.ContainsRune(cutset, r) {
			break
		}
		s = s[w:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

func trimRightSet(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s)
		}
		if !strings.ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeftSet(trimRightSet(s, cutset), cutset)
}

func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeftSet(s, cutset)
}

func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRightSet(s, cutset)
}

func TrimSpace(s []byte) []byte {
	s = TrimFunc(s, unicode.IsSpace)
	if len(s) == 0 {
		return nil
	}
	return s
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRune(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		t = append(t, s[start:j]...)
		t = append(t, new...)
		start = j + len(old)
	}
	return append(t, s[start:]...)
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// ---- Buffer ----

type readOp int8

const (
	opRead      readOp = -1
	opInvalid   readOp = 0
	opReadRune1 readOp = 1
	opReadRune2 readOp = 2
	opReadRune3 readOp = 3
	opReadRune4 readOp = 4
)

// A Buffer is a variable-sized buffer of bytes with Read and Write
// methods; its zero value is an empty buffer ready to use. Bytes from
// off on are unread.
type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

func NewBuffer(buf []byte) *Buffer     { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) empty() bool    { return len(b.buf) <= b.off }
func (b *Buffer) Len() int       { return len(b.buf) - b.off }
func (b *Buffer) Cap() int       { return cap(b.buf) }
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// grow makes room for n more bytes and returns where they go.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if n <= cap(b.buf)-len(b.buf) {
		b.buf = b.buf[:len(b.buf)+n]
		return len(b.buf) - n
	}
	if b.buf == nil && n <= 64 {
		b.buf = make([]byte, n, 64)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		// slide the unread bytes down instead of growing
		copy(b.buf, b.buf[b.off:])
	} else {
		nb := make([]byte, m, 2*c+n)
		copy(nb, b.buf[b.off:])
		b.buf = nb
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m := b.grow(len(p))
	return copy(b.buf[m:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m := b.grow(len(s))
	return copy(b.buf[m:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m := b.grow(1)
	b.buf[m] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m := b.grow(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// ReadFrom reads r until EOF into the buffer.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.lastRead = opReadRune1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.lastRead = readOp(n)
	return r, n, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	line = append(line, slice...)
	return line, err
}

func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

// ---- Reader ----

// A Reader reads from a byte slice (io.Reader, io.ReaderAt, io.Seeker,
// io.WriterTo, io.ByteScanner, io.RuneScanner).
type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	b := r.s[r.i:]
	m, err := w.Write(b)
	if m > len(b) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(b) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// ---- Iterators ----
//
// Each part yielded is a slice of s with no capacity past its end, so
// that appending to it never writes into the rest of s.

// Lines returns an iterator over the newline-terminated lines in the byte slice s.
// The lines yielded by the iterator include their terminating newlines.
// If s is empty, the iterator yields no lines at all.
// If s does not end in a newline, the final yielded line will not end in a newline.
// It returns a single-use iterator.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			n := 0
			for n < len(s) && s[n] != '\n' {
				n++
			}
			if n < len(s) {
				n++ // the newline ends the line
			}
			line := s[:n:n]
			s = s[n:]
			if !yield(line) {
				return
			}
		}
	}
}

// splitSeq is SplitSeq (keep 0) and SplitAfterSeq (keep len(sep)).
func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, n := utf8.DecodeRune(s)
				if !yield(s[:n:n]) {
					return
				}
				s = s[n:]
			}
			return
		}
		// Search a string copy of s, made once, at off: s is s[off:].
		str, word, off := string(s), string(sep), 0
		for {
			i := strings.Index(str[off:], word)
			if i < 0 {
				break
			}
			end := i + keep
			if !yield(s[:end:end]) {
				return
			}
			off += i + len(sep)
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

// SplitSeq returns an iterator over all subslices of s separated by sep.
// The iterator yields the same subslices that would be returned by [Split](s, sep),
// but without constructing a new slice containing the subslices.
// It returns a single-use iterator.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] {
	return splitSeq(s, sep, 0)
}

// SplitAfterSeq returns an iterator over subslices of s split after each instance of sep.
// The iterator yields the same subslices that would be returned by [SplitAfter](s, sep),
// but without constructing a new slice containing the subslices.
// It returns a single-use iterator.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] {
	return splitSeq(s, sep, len(sep))
}

// FieldsSeq returns an iterator over subslices of s split around runs of
// whitespace characters, as defined by [unicode.IsSpace].
// The iterator yields the same subslices that would be returned by [Fields](s),
// but without constructing a new slice containing the subslices.
func FieldsSeq(s []byte) iter.Seq[[]byte] {
	return FieldsFuncSeq(s, unicode.IsSpace)
}

// FieldsFuncSeq returns an iterator over subslices of s split around runs of
// Unicode code points satisfying f(c).
// The iterator yields the same subslices that would be returned by [FieldsFunc](s),
// but without constructing a new slice containing the subslices.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRune(s[i:])
			if !f(r) {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				if !yield(s[start:i:i]) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}
