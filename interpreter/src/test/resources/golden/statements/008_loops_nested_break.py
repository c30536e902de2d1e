found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
total = 0
for i in range(100):
    if i % 2:
        continue
    if i > 20:
        break
    total += i
print(total)
count = 0
while count < 1000:
    count += 7
print(count)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
print(list(range(10, 0, -3)), list(range(-5)), len(range(0, 100, 7)))
