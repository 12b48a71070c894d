// Package path: slash-separated paths (Clean, Join, Split, Base, Dir, Ext,
// IsAbs, Match), with Go's results. All Go.
package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path naming what path names: repeated
// slashes become one, "." elements go, each ".." goes with the element
// before it, ".." at the start of a rooted path goes; "" becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var elems []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		e := path[i:j]
		i = j + 1
		switch {
		case e == "" || e == ".":
		case e == "..":
			if len(elems) > 0 && elems[len(elems)-1] != ".." {
				elems = elems[:len(elems)-1]
			} else if !rooted {
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, e)
		}
	}
	n := 0
	if rooted {
		n = 1
	}
	for k, e := range elems {
		if k > 0 {
			n++
		}
		n += len(e)
	}
	if n == 0 {
		return "."
	}
	b := make([]byte, 0, n)
	if rooted {
		b = append(b, '/')
	}
	for k, e := range elems {
		if k > 0 {
			b = append(b, '/')
		}
		b = append(b, e...)
	}
	s := string(b)
	if s == path {
		return path
	}
	return s
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its last slash: dir + file == path.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	b := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(b) > 0 || e != "" {
			if len(b) > 0 {
				b = append(b, '/')
			}
			b = append(b, e...)
		}
	}
	return Clean(string(b))
}

// Ext returns the extension of the last element: from its last dot on.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element ("." for "", "/" for slashes only).
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether path starts with a slash.
func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

// Dir returns all but the last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' any run of
// non-slash characters, '?' one non-slash character, '[...]' a class
// (ranges "a-z", negation "[^...]"), '\\' quoting the next character. A
// malformed pattern gives ErrBadPattern (even when the name has already
// failed to match).
func Match(pattern, name string) (matched bool, err error) {
outer:
	for len(pattern) > 0 {
		star, seg, rest := nextSegment(pattern)
		pattern = rest
		if star && seg == "" {
			// a trailing star takes the rest, if it has no slash
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, nil
				}
			}
			return true, nil
		}
		left, ok, err := matchSegment(seg, name)
		if ok && (left == "" || pattern != "") {
			name = left
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// let the star take 1, 2, ... characters (never a slash)
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				left, ok, err := matchSegment(seg, name[i+1:])
				if ok {
					if pattern == "" && left != "" {
						continue
					}
					name = left
					continue outer
				}
				if err != nil {
					return false, err
				}
			}
		}
		// no match: still report a malformed rest of the pattern
		for pattern != "" {
			_, seg, pattern = nextSegment(pattern)
			if _, _, err := matchSegment(seg, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return name == "", nil
}

// nextSegment splits off the stars at the start of pattern and the text
// up to the next star outside a class.
func nextSegment(pattern string) (star bool, seg, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\':
			if i+1 < len(pattern) {
				i++
			}
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '*' && !inClass:
			return star, pattern[:i], pattern[i:]
		}
	}
	return star, pattern, ""
}

// matchSegment matches seg (no stars) against the start of s; once the
// match has failed it goes on through seg only to check its syntax.
func matchSegment(seg, s string) (rest string, ok bool, err error) {
	failed := false
	for seg != "" {
		if s == "" {
			failed = true
		}
		switch seg[0] {
		case '[':
			var r rune
			if !failed {
				var w int
				r, w = utf8.DecodeRuneInString(s)
				s = s[w:]
			}
			seg = seg[1:]
			negate := seg != "" && seg[0] == '^'
			if negate {
				seg = seg[1:]
			}
			in := false
			for n := 0; ; n++ {
				if n > 0 && seg != "" && seg[0] == ']' {
					seg = seg[1:]
					break
				}
				var lo, hi rune
				if lo, seg, err = classChar(seg); err != nil {
					return "", false, err
				}
				hi = lo
				if seg[0] == '-' {
					if hi, seg, err = classChar(seg[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negate {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, w := utf8.DecodeRuneInString(s)
				s = s[w:]
			}
			seg = seg[1:]
		default:
			if seg[0] == '\\' {
				seg = seg[1:]
				if seg == "" {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if seg[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			seg = seg[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one (possibly quoted) character of a class; the class
// must go on after it.
func classChar(seg string) (r rune, rest string, err error) {
	if seg == "" || seg[0] == '-' || seg[0] == ']' {
		return 0, seg, ErrBadPattern
	}
	if seg[0] == '\\' {
		seg = seg[1:]
		if seg == "" {
			return 0, seg, ErrBadPattern
		}
	}
	r, w := utf8.DecodeRuneInString(seg)
	if r == utf8.RuneError && w == 1 {
		err = ErrBadPattern
	}
	rest = seg[w:]
	if rest == "" {
		err = ErrBadPattern
	}
	return r, rest, err
}
