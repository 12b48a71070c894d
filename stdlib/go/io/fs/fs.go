// Package fs: the file-system interfaces package os implements (FileInfo,
// FileMode, DirEntry, PathError, the error values) and WalkDir over an FS,
// as in Go. All Go.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"path"
	"time"
)

// The errors a file system returns; test with errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// SkipDir and SkipAll, returned by a WalkDirFunc, skip a directory or the
// rest of the walk.
var SkipDir = errors.New("skip this directory")
var SkipAll = errors.New("skip everything and stop the walk")

// A FileMode is a file's type and permission bits; the type bits are the
// high ones, as Go defines them.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d
	ModeAppend                                     // a
	ModeExclusive                                  // l
	ModeTemporary                                  // T
	ModeSymlink                                    // L
	ModeDevice                                     // D
	ModeNamedPipe                                  // p
	ModeSocket                                     // S
	ModeSetuid                                     // u
	ModeSetgid                                     // g
	ModeCharDevice                                 // c
	ModeSticky                                     // t
	ModeIrregular                                  // ?

	ModeType          = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

// The letter of each type bit, from bit 31 down.
const modeLetters = "dalTLDpSugct?"

func (m FileMode) String() string {
	var out []byte
	for i := 0; i < len(modeLetters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			out = append(out, modeLetters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	const perms = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			out = append(out, perms[i])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

func (m FileMode) IsDir() bool     { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode  { return m & ModePerm }
func (m FileMode) Type() FileMode  { return m & ModeType }

// A FileInfo describes a file (Stat, Lstat, DirEntry.Info).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry of a directory (ReadDir).
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// A PathError records an error and the operation and file that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// An FS is a tree of files.
type FS interface {
	Open(name string) (File, error)
}

// A File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A ReadDirFile is a directory of an FS.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// A ReadDirFS lists directories itself.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// A StatFS answers Stat itself.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// A ReadFileFS reads whole files itself.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ValidPath reports whether name is a path an FS accepts: slash-separated
// elements, none empty, ".", or "..", no leading or trailing slash ("."
// alone names the root).
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// Stat returns the FileInfo of name in fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if s, ok := fsys.(StatFS); ok {
		return s.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// ReadFile reads the whole of name in fsys.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if r, ok := fsys.(ReadFileFS); ok {
		return r.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var data []byte
	buf := make([]byte, 512)
	for {
		n, err := f.Read(buf)
		data = append(data, buf[:n]...)
		if err != nil {
			if err == io.EOF {
				return data, nil
			}
			return data, err
		}
	}
}

// ReadDir lists directory name of fsys, sorted by file name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if r, ok := fsys.(ReadDirFS); ok {
		return r.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sortEntries(list)
	return list, err
}

// sortEntries sorts by name (insertion sort: directories are small, and
// package sort would be a cycle for os).
func sortEntries(list []DirEntry) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Name() < list[j-1].Name(); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// A WalkDirFunc is called for each file or directory WalkDir visits.
type WalkDirFunc func(path string, d DirEntry, err error) error

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		err = fn(name, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		name1 := path.Join(name, d1.Name())
		if err := walkDir(fsys, name1, d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// WalkDir walks the tree of fsys rooted at root in lexical order, calling
// fn for each file and directory, root included.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string            { return d.info.Name() }
func (d *statDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error) { return d.info, nil }
func (d *statDirEntry) String() string          { return FormatDirEntry(d) }

// FileInfoToDirEntry returns a DirEntry that answers from info.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info: info}
}

// FormatFileInfo: "-rw-r--r-- 100 2009-11-10 23:00:00 name", as Go's.
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	s := info.Mode().String() + " " + itoa(info.Size()) + " " + info.ModTime().Format(time.DateTime) + " " + name
	if info.IsDir() {
		s += "/"
	}
	return s
}

// FormatDirEntry: "d name/" or "- name", as Go's.
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	s := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		s += "/"
	}
	return s
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var b []byte
	for u > 0 {
		b = append(b, byte('0'+u%10))
		u /= 10
	}
	if neg {
		b = append(b, '-')
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
