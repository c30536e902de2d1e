def two(a, b):
    return a + b
for call in [lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, c=2), lambda: two(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def kw(**k):
    return k
print(kw(a=1))
try:
    len(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
