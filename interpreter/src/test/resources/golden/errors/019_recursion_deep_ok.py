import sys
sys.setrecursionlimit(5000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
def count(node):
    return 0 if node is None else 1 + count(node[1])
lst = None
for i in range(3000):
    lst = (i, lst)
print(count(lst))
