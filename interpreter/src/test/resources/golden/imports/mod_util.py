_count = 0
def helper(x):
    return x * 100
def calls():
    global _count
    _count += 1
    return _count
