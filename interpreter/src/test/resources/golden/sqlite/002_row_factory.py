# Row: index by int and name (any case), keys(), len, equality, iteration; custom row and text factories
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("CREATE TABLE t (a, B)")
con.executemany("INSERT INTO t VALUES (?, ?)", [(1, "one"), (2, "two"), (3, "three")])
row = con.execute("SELECT a, B FROM t").fetchone()
print(type(row).__name__, row[0], row[1], row["a"], row["b"], row["A"], row[-1])
print(row.keys(), len(row), tuple(row), list(row))
print(row[0:1])
r2 = con.execute("SELECT a, B FROM t").fetchone()
print(row == r2, row != r2, row == (1, "one"))
try:
    row["nope"]
except IndexError as e:
    print("IndexError", e)
try:
    row[5]
except IndexError as e:
    print("IndexError", e)
print(isinstance(row, __import__("collections").abc.Sequence))
con.row_factory = lambda cur, r: {d[0]: v for d, v in zip(cur.description, r)}
print(con.execute("SELECT * FROM t ORDER BY a DESC").fetchall())
cur = con.cursor()
cur.row_factory = None
print(cur.execute("SELECT a FROM t").fetchall())
con.row_factory = None
con.text_factory = bytes
print(con.execute("SELECT B FROM t").fetchall())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("SELECT B FROM t").fetchall())
con.text_factory = str
print(con.execute("SELECT B FROM t").fetchall())
