grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
inventory = {"apples": [1, 2], "pears": {"ripe": 3}}
inventory["apples"].append(3)
inventory["pears"]["raw"] = 1
print(inventory)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [row[::-1] for row in matrix])
print(sum(map(sum, matrix)), max(matrix, key=sum))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
