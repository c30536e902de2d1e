class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, p.moved(1).x)
p.z = 9
print(p.z, sorted(vars(p)), type(p).__name__, isinstance(p, Point))
Point.dims = 3
print(p.dims)
m = p.norm2
print(m(), Point.norm2(p))
