# the exception hierarchy and CPython's messages for common errors
import sqlite3

print([c.__name__ for c in sqlite3.IntegrityError.__mro__])
print(issubclass(sqlite3.OperationalError, sqlite3.DatabaseError), issubclass(sqlite3.InterfaceError, sqlite3.Error),
      issubclass(sqlite3.Warning, Exception), sqlite3.Error.__module__)
con = sqlite3.connect(":memory:")
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)
con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE, n INTEGER CHECK (n > 0))")
con.execute("INSERT INTO t VALUES (1, 'a', 1)")
cases = [
    ("SELECT * FROM missing", ()),
    ("SELEC 1", ()),
    ("INSERT INTO t VALUES (1, 'b', 1)", ()),
    ("INSERT INTO t VALUES (2, 'a', 1)", ()),
    ("INSERT INTO t VALUES (3, NULL, 1)", ()),
    ("INSERT INTO t VALUES (4, 'd', 0)", ()),
    ("SELECT nope FROM t", ()),
    ("INSERT INTO t VALUES (?, ?, ?)", (1, 2)),
    ("INSERT INTO t VALUES (?, ?, ?)", (5, object(), 1)),
    ("SELECT :x", {"y": 1}),
    ("SELECT 1; SELECT 2", ()),
    ("SELECT ?", (2**64,)),
]
for sql, params in cases:
    try:
        con.execute(sql, params)
    except Exception as e:
        print(type(e).__name__, "|", e)
try:
    con.executemany("SELECT ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.execute(42)
except TypeError as e:
    print("TypeError")
con.close()
for op in (lambda: con.execute("SELECT 1"), lambda: con.cursor(), lambda: con.commit()):
    try:
        op()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)
