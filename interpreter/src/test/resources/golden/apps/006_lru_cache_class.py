from collections import deque
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = deque()
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        self.order.append(key)
        if len(self.order) > self.capacity:
            del self.data[self.order.popleft()]
        return value
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU(size={len(self)}, hits={self.hits}, misses={self.misses})"
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    cache.get(k, lambda x: x * x)
print(cache, list(cache.order), sorted(cache.data.items()))
