# loop.py: the same as loop.go
def main():
    total = 0
    for i in range(50000000):
        total += i % 7
    print(total)


main()
