# list == list reads the sizes afresh: an item's __eq__ may empty either list (bpo-38588)
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4)
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 5], [] == [], [1] == [1, 2], [1] != [1, 2])
print([float('nan')] == [float('nan')], [1, [2]] <= [1, [2]])
