# create_function, create_aggregate, executemany rowcount
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: None if x is None else x * 2)
con.create_function("join3", 3, lambda a, b, c: f"{a}-{b}-{c}", deterministic=True)
print(con.execute("SELECT double(21), double(1.5), double('ab'), double(NULL)").fetchone())
print(con.execute("SELECT join3(1, 'x', x'41')").fetchone())
con.create_function("boom", 0, lambda: 1 / 0)
try:
    con.execute("SELECT boom()").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)


class Total:
    def __init__(self):
        self.n = 0

    def step(self, v):
        self.n += v

    def finalize(self):
        return self.n


con.create_aggregate("total", 1, Total)
cur = con.execute("CREATE TABLE t (g, v)")
cur.executemany("INSERT INTO t VALUES (?, ?)", [("a", 1), ("a", 2), ("b", 10)])
print("rowcount", cur.rowcount)
print(con.execute("SELECT g, total(v) FROM t GROUP BY g ORDER BY g").fetchall())
cur.execute("DELETE FROM t WHERE g = 'a'")
print("deleted", cur.rowcount)
