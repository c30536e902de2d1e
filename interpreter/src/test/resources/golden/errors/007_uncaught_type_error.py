print("x" + 1)
