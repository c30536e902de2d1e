import sys
for i in range(3):
    print("line", i)
sys.stdout.flush()
print("partial", end="")
raise ValueError("after partial line")
