# hello.py: the same as hello.go
print("hello, world")
