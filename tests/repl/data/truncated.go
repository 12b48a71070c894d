package main

func f() {
