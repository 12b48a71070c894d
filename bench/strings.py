# strings.py: the same as strings.go (io.StringIO plays the part of
# strings.Builder)
import io


def main():
    n = 2000000

    sb = io.StringIO()
    for i in range(n):
        sb.write(str(i * 7))
        sb.write(",")
    s = sb.getvalue()
    print(len(s), s[-20:])

    total = 0
    last = ""
    for i in range(n // 10):
        line = ""
        for j in range(10):
            line += "k" + str(i + j) + "="
        total += len(line)
        last = line
    print(total, last)


main()
