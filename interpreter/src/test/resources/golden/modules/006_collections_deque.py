from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(list(d))
d.rotate(2)
print(list(d))
d.rotate(-1)
print(list(d))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, 4 in bounded)
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
