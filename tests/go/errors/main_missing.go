package main

func helper() {}

// Exit: 2
// Stderr:
// function main is undeclared in the main package$
// Output:
