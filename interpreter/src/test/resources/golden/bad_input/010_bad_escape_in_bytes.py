print(b"caf\xe9")
x = b"é"
