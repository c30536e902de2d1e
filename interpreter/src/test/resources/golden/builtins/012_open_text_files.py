import os
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "tmp_012_open.txt")
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print("third", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    for line in f:
        print("->", line.rstrip("\n"))
with open(path, "a", encoding="utf-8") as f:
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(f.readline().strip(), f.readlines())
os.remove(path)
print(os.path.exists(path))
try:
    open(os.path.join(here, "no_such_file.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
