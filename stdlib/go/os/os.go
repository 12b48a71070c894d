// Package os: files, directories, the environment and the process, with
// Go's behaviour and error texts on Linux. The natives (system calls, and
// reads and writes that park the goroutine rather than block its P) are
// in stdlib/os.c and stdlib/ioblock.c.
//
//minigo:natives
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// ---- the natives: results are values and errnos (0: none) ----

func args_() []string
func open_(name string, flag int, perm uint32) (fd int, errno int)
func close_(fd int) (errno int)
func read_(fd int, b []byte) (n int, errno int)
func pread_(fd int, b []byte, off int64) (n int, errno int)
func write_(fd int, b []byte) (n int, errno int)
func pwrite_(fd int, b []byte, off int64) (n int, errno int)
func seek_(fd int, off int64, whence int) (ret int64, errno int)
func stat_(name string, follow bool) (size int64, mode uint32, sec int64, nsec int64, dev uint64, ino uint64, errno int)
func fstat_(fd int) (size int64, mode uint32, sec int64, nsec int64, dev uint64, ino uint64, errno int)
func readdir_(fd int) (names []string, types []int64, errno int)
func unlink_(name string) (errno int)
func rmdir_(name string) (errno int)
func mkdir_(name string, perm uint32) (errno int)
func rename_(from, to string) (errno int)
func link_(oldname, newname string, symbolic bool) (errno int)
func readlink_(name string) (target string, errno int)
func chmod_(name string, mode uint32) (errno int)
func fchmod_(fd int, mode uint32) (errno int)
func truncate_(name string, size int64) (errno int)
func ftruncate_(fd int, size int64) (errno int)
func fsync_(fd int) (errno int)
func chtimes_(name string, asec, ansec, msec, mnsec int64) (errno int)
func chdir_(name string) (errno int)
func fchdir_(fd int) (errno int)
func getcwd_() (dir string, errno int)
func pipe_() (r int, w int, errno int)
func hostname_() (name string, errno int)
func lookupEnv_(key string) (value string, found bool)
func setenv_(key, value string) (errno int)
func unsetenv_(key string) (errno int)
func environ_() []string
func clearenv_()
func random_() uint32
func Exit(code int)
func Getpid() int
func Getppid() int
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int
func Getpagesize() int

// ---- errors ----

var (
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

type PathError = fs.PathError

// A LinkError records an error of a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// A SyscallError records an error of a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns nil for a nil err.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// errno turns a native's error number into an error (nil for 0).
func errno(e int) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// underlyingErrorIs: os's IsExist and friends look through PathError,
// LinkError and SyscallError only (not general wrapping), as Go's do.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// ---- modes, infos, entries ----

type FileMode = fs.FileMode
type FileInfo = fs.FileInfo
type DirEntry = fs.DirEntry

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// OpenFile's flags: Linux's values, as Go's.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

func IsPathSeparator(c uint8) bool { return c == '/' }

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// SameFile reports whether fi1 and fi2 describe the same file (from Stat).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// basename: the last element of name, trailing slashes removed ("/" for
// "/"), as Go's os does for FileInfo.Name.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func newFileStat(name string, size int64, mode uint32, sec, nsec int64, dev, ino uint64) *fileStat {
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), modTime: time.Unix(sec, nsec), dev: dev, ino: ino}
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	size, mode, sec, nsec, dev, ino, e := stat_(name, true)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(e)}
	}
	return newFileStat(name, size, mode, sec, nsec, dev, ino), nil
}

// Lstat describes the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	size, mode, sec, nsec, dev, ino, e := stat_(name, false)
	if e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errno(e)}
	}
	return newFileStat(name, size, mode, sec, nsec, dev, ino), nil
}

// A unixDirent is a DirEntry of ReadDir: its type comes from the
// directory itself, its FileInfo from an Lstat when asked.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}
func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }

// ---- File ----

// A File is an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	isDir      bool
	dirRead    bool     // the directory's entries have been read into names
	dirNames   []string // entries not yet handed out by ReadDir
	dirTypes   []int64
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for an open descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

var Args = args_()

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	if f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// wrapErr: nil and io.EOF pass; anything else is a PathError of op.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read_(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", errno(e))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("read", ErrClosed)
		}
		m, e := pread_(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("read", errno(e))
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	n, e := write_(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("write", errno(e))
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("write", ErrClosed)
		}
		m, e := pwrite_(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("write", errno(e))
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	r, e := seek_(f.fd, offset, whence)
	if e == 0 && f.dirRead && r != 0 {
		e = int(syscall.EISDIR)
	}
	if e != 0 {
		return 0, f.wrapErr("seek", errno(e))
	}
	if f.isDir && r == 0 {
		f.dirRead, f.dirNames, f.dirTypes = false, nil, nil
	}
	return r, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := close_(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	size, mode, sec, nsec, dev, ino, e := fstat_(f.fd)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errno(e)}
	}
	return newFileStat(f.name, size, mode, sec, nsec, dev, ino), nil
}

func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return f.wrapErr("sync", ErrClosed)
	}
	return f.wrapErr("sync", errno(fsync_(f.fd)))
}

func (f *File) Truncate(size int64) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return f.wrapErr("truncate", ErrClosed)
	}
	return f.wrapErr("truncate", errno(ftruncate_(f.fd, size)))
}

func (f *File) Chmod(mode FileMode) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return f.wrapErr("chmod", ErrClosed)
	}
	return f.wrapErr("chmod", errno(fchmod_(f.fd, syscallMode(mode))))
}

func (f *File) Chdir() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return f.wrapErr("chdir", ErrClosed)
	}
	return f.wrapErr("chdir", errno(fchdir_(f.fd)))
}

// ReadFrom copies r into f (io.ReaderFrom), as io.Copy would.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// WriteTo copies f into w (io.WriterTo).
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return io.Copy(w, fileWithoutWriteTo{f})
}

type fileWithoutReadFrom struct{ f *File }

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileWithoutWriteTo struct{ f *File }

func (r fileWithoutWriteTo) Read(b []byte) (int, error) { return r.f.Read(b) }

// readDirNames fills the directory's entries on first use.
func (f *File) readDirNames() error {
	if f.dirRead {
		return nil
	}
	if f.closed {
		return &PathError{Op: "readdirent", Path: f.name, Err: ErrClosed}
	}
	names, types, e := readdir_(f.fd)
	if e != 0 {
		return &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
	}
	f.dirRead, f.dirNames, f.dirTypes = true, names, types
	return nil
}

// take hands out n entries (all for n <= 0), and io.EOF when n > 0 and
// none are left.
func (f *File) take(n int) (names []string, types []int64, err error) {
	if err := f.readDirNames(); err != nil {
		return nil, nil, err
	}
	if n <= 0 || n > len(f.dirNames) {
		n = len(f.dirNames)
	}
	names, types = f.dirNames[:n], f.dirTypes[:n]
	f.dirNames, f.dirTypes = f.dirNames[n:], f.dirTypes[n:]
	return names, types, nil
}

func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, types, err := f.take(n)
	dirents := []DirEntry{}
	for i, name := range names {
		d := &unixDirent{parent: f.name, name: name, typ: FileMode(types[i])}
		if types[i] < 0 {
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return dirents, err
			}
			d.typ = info.Mode().Type()
			d.info = info
		}
		dirents = append(dirents, d)
	}
	if err == nil && n > 0 && len(dirents) == 0 {
		err = io.EOF
	}
	return dirents, err
}

func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, err = f.take(n)
	if names == nil {
		names = []string{}
	}
	if err == nil && n > 0 && len(names) == 0 {
		err = io.EOF
	}
	return names, err
}

func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, err := f.take(n)
	infos := []FileInfo{}
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, info)
	}
	if err == nil && n > 0 && len(infos) == 0 {
		err = io.EOF
	}
	return infos, err
}

// syscallMode: FileMode's permission and setuid/setgid/sticky bits as the
// system numbers them.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0o4000
	}
	if i&ModeSetgid != 0 {
		o |= 0o2000
	}
	if i&ModeSticky != 0 {
		o |= 0o1000
	}
	return o
}

const o_DIRECTORY = 0x10000

// OpenFile opens name with flag (O_RDONLY etc.) and, when it creates the
// file, perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open_(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	f := &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}
	if _, mode, _, _, _, _, e := fstat_(fd); e == 0 && FileMode(mode).IsDir() {
		f.isDir = true
	}
	return f, nil
}

func Open(name string) (*File, error)   { return OpenFile(name, O_RDONLY, 0) }
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && info.Size() < 1<<30 {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with perm if
// needed, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ReadDir lists the named directory, sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|o_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	for i := 1; i < len(dirs); i++ {
		for j := i; j > 0 && dirs[j].Name() < dirs[j-1].Name(); j-- {
			dirs[j], dirs[j-1] = dirs[j-1], dirs[j]
		}
	}
	return dirs, err
}

// Pipe returns a connected pair of Files: reads from r return what is
// written to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := pipe_()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", errno(e))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// ---- names in the file system ----

// Remove removes a file or an empty directory.
func Remove(name string) error {
	e := unlink_(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir_(name)
	if e1 == 0 {
		return nil
	}
	// rmdir of a file says ENOTDIR: then unlink's error is the real one
	if e1 != int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// RemoveAll removes path and everything in it; a path that does not
// exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || hasSuffix(path, "/.") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	f, oerr := Open(path)
	if oerr != nil {
		if IsNotExist(oerr) {
			return nil
		}
		return oerr
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	var first error
	for _, name := range names {
		if e := RemoveAll(path + "/" + name); e != nil && first == nil {
			first = e
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := rename_(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

func Link(oldname, newname string) error {
	if e := link_(oldname, newname, false); e != 0 {
		return &LinkError{"link", oldname, newname, errno(e)}
	}
	return nil
}

func Symlink(oldname, newname string) error {
	if e := link_(oldname, newname, true); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

func Readlink(name string) (string, error) {
	s, e := readlink_(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return s, nil
}

// Mkdir makes a directory with perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir_(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll makes path and any parents it needs; a directory that is
// already there is no error.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

func Chmod(name string, mode FileMode) error {
	if e := chmod_(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

func Truncate(name string, size int64) error {
	if e := truncate_(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

func Chtimes(name string, atime time.Time, mtime time.Time) error {
	as, ans := int64(-1), int64(-1)
	if !atime.IsZero() {
		as, ans = atime.Unix(), int64(atime.Nanosecond())
	}
	ms, mns := int64(-1), int64(-1)
	if !mtime.IsZero() {
		ms, mns = mtime.Unix(), int64(mtime.Nanosecond())
	}
	if e := chtimes_(name, as, ans, ms, mns); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: errno(e)}
	}
	return nil
}

func Chdir(dir string) error {
	if e := chdir_(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// Getwd returns the working directory: $PWD when it names it, as Go does.
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		dot, err := Stat(".")
		if err != nil {
			return "", err
		}
		if d, err := Stat(pwd); err == nil && SameFile(dot, d) {
			return pwd, nil
		}
	}
	dir, e := getcwd_()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// TempDir: $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

func Hostname() (name string, err error) {
	name, e := hostname_()
	if e != 0 {
		return "", NewSyscallError("hostname", errno(e))
	}
	return name, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits a temporary name pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func nextRandom() string { return uitoa(uint64(random_())) }

func uitoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b []byte
	for u > 0 {
		b = append([]byte{byte('0' + u%10)}, b...)
		u /= 10
	}
	return string(b)
}

// CreateTemp creates and opens a new file in dir (TempDir() if empty),
// named after pattern with its last "*" (or its end) replaced by a random
// string.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsExist(err) {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir() if empty), named as
// CreateTemp names files, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// ---- the environment ----

func Getenv(key string) string {
	v, _ := lookupEnv_(key)
	return v
}

func LookupEnv(key string) (string, bool) { return lookupEnv_(key) }

func Setenv(key, value string) error {
	if e := setenv_(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

func Unsetenv(key string) error {
	if e := unsetenv_(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

func Clearenv() { clearenv_() }

// Environ returns a copy of the environment, as "key=value" strings.
func Environ() []string { return environ_() }

// Expand replaces $var and ${var} in s by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[i:j]...)
		name, w := shellName(s[j+1:])
		if name == "" && w > 0 {
			// bad syntax: the characters are dropped
		} else if name == "" {
			buf = append(buf, s[j])
		} else {
			buf = append(buf, mapping(name)...)
		}
		j += w
		i = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv is Expand with Getenv.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

func isShellSpecial(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName: the variable name at the start of s and the bytes it takes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

// ---- DirFS ----

// DirFS returns the file system rooted at dir (an fs.FS).
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	if name == "." {
		return string(dir), nil
	}
	return string(dir) + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(full)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(full)
	if err != nil {
		if e, ok := err.(*PathError); ok {
			e.Path = name
		}
		return nil, err
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(full)
	if err != nil {
		if e, ok := err.(*PathError); ok {
			e.Path = name
		}
		return nil, err
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(full)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}
