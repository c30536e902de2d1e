import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
    print("depth near limit:", 150 <= depth <= 200)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(150))))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
