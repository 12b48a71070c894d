# scanlines.py: the same as scanlines.go, with Python's own line
# iteration (a text file's "for line in f"); every line of the file ends
# in a newline, which is not counted.
import sys


def main():
    lines = 0
    nbytes = 0
    with open(sys.argv[1]) as f:
        for line in f:
            lines += 1
            nbytes += len(line) - 1
    print(lines, "lines,", nbytes, "bytes")


main()
