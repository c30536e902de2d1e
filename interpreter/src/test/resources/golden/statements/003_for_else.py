for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even")
        break
else:
    print("no even")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("not printed")
for ch in "":
    print("empty")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
