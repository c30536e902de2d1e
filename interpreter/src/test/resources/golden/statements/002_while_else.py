i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 10
while True:
    n -= 3
    if n < 0:
        break
print("n", n)
k = 0
while k < 3:
    if k == 1:
        break
    k += 1
else:
    print("not printed")
print("k", k)
