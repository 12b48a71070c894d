-- hello.lua: the same as hello.go
print("hello, world")
