// Package filepath: file-system paths, which on Linux are package path's
// slash-separated paths, plus what needs the file system (Abs, Rel, Glob,
// Walk, WalkDir, EvalSymlinks). All Go.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"syscall"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll, returned by a walk function, skip a directory or
// the rest of the walk.
var SkipDir error = fs.SkipDir
var SkipAll error = fs.SkipAll

func Clean(p string) string             { return path.Clean(p) }
func Split(p string) (dir, file string) { return path.Split(p) }
func Join(elem ...string) string        { return path.Join(elem...) }
func Ext(p string) string               { return path.Ext(p) }
func Base(p string) string              { return path.Base(p) }
func Dir(p string) string               { return path.Dir(p) }
func IsAbs(p string) bool               { return path.IsAbs(p) }
func ToSlash(p string) string           { return p }
func FromSlash(p string) string         { return p }
func VolumeName(p string) string        { return "" }
func HasPrefix(p, prefix string) bool   { return strings.HasPrefix(p, prefix) }

// Match is path.Match, with this package's ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return
}

// SplitList splits a PATH-like list at colons ([] for "").
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute, cleaned form of p.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// IsLocal reports whether p is relative, not empty, and stays inside its
// directory.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

var errInvalidPath = errors.New("invalid path")

// Localize turns a slash-separated fs path into an operating-system one.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errInvalidPath
	}
	return p, nil
}

func elements(p string) []string {
	if p == "" || p == "." || p == "/" {
		return nil
	}
	return strings.Split(strings.TrimPrefix(p, "/"), "/")
}

// Rel returns a relative path that names targpath from basepath.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	be, te := elements(base), elements(targ)
	k := 0
	for k < len(be) && k < len(te) && be[k] == te[k] {
		k++
	}
	if k < len(be) && be[k] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var out []string
	for i := k; i < len(be); i++ {
		out = append(out, "..")
	}
	out = append(out, te[k:]...)
	return strings.Join(out, "/"), nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob returns the names matching pattern (nil when none; I/O errors are
// ignored; only a malformed pattern is an error).
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(d, file, matches); err != nil {
			return
		}
	}
	return
}

func glob(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// A WalkFunc is called by Walk for each file and directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the tree rooted at root in lexical order, calling fn for
// each file and directory (root included); it does not follow symbolic
// links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// the directory's second call reports the error
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk is WalkDir with an Lstat FileInfo for each file (slower).
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	var names []string
	f, err := os.Open(p)
	if err == nil {
		names, err = f.Readdirnames(-1)
		f.Close()
		sort.Strings(names)
	}
	err1 := fn(p, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		file := Join(p, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil {
			if !fi.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// EvalSymlinks returns p with every symbolic link in it replaced by what
// it names (relative stays relative), cleaned.
func EvalSymlinks(p string) (string, error) {
	dest := ""
	if IsAbs(p) {
		dest = "/"
	}
	todo := elements(Clean(p))
	links := 0
	for len(todo) > 0 {
		e := todo[0]
		todo = todo[1:]
		if e == ".." {
			if dest == "" || dest == ".." || strings.HasSuffix(dest, "/..") {
				dest = Join(dest, "..")
			} else if dest != "/" {
				dest = Dir(dest)
				if dest == "." {
					dest = ""
				}
			}
			continue
		}
		next := Join(dest, e)
		if dest == "" {
			next = e
		}
		fi, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.IsDir() && len(todo) > 0 {
				return "", syscall.ENOTDIR
			}
			dest = next
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		if IsAbs(target) {
			dest = "/"
		}
		todo = append(elements(Clean(target)), todo...)
	}
	if dest == "" {
		return ".", nil
	}
	return Clean(dest), nil
}
