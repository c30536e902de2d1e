A = "a in a namespace package"
