name = input()
age = int(input("Age? "))
print()
print(f"{name} is {age}")
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest)
