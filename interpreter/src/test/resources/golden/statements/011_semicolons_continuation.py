a = 1; b = 2; print(a + b)
total = (1 +
         2 +
         3)
print(total)
long = 1 + \
    2
print(long)
items = [
    "a",
    "b",  # trailing comma and comment
]
print(items)
def f(
    x,
    y=2,
):
    return x * y
print(f(
    3,
))
if (a == 1 and
        b == 2):
    print("multi-line condition")
