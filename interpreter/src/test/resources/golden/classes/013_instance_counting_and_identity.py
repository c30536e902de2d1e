class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.next
head = None
for v in [3, 2, 1]:
    head = Node(v, head)
print(list(head), sum(head))
def reverse(node):
    prev = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev
print(list(reverse(head)))
a = Node(1)
b = a
print(a is b, id(a) == id(b), id(a) != id(Node(1)), a == Node(1))
