counter = 0
def inc():
    global counter
    counter += 1
for _ in range(3):
    inc()
print(counter)
def define():
    global created
    created = "made inside"
define()
print(created)
value = "module"
def shadow():
    value = "local"
    return value
print(shadow(), value)
def read_only():
    return value
print(read_only())
def bad():
    print(value)
    value = 1
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
