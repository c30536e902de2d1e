# implicit BEGIN before DML, commit, rollback, context manager, isolation_level None (autocommit), in_transaction
import sqlite3

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("CREATE TABLE t (x)")
print(con.in_transaction)
con.execute("INSERT INTO t VALUES (1)")
print(con.in_transaction)
con.commit()
print(con.in_transaction)
con.execute("INSERT INTO t VALUES (2)")
con.rollback()
print(con.execute("SELECT x FROM t").fetchall(), con.in_transaction)
with con:
    con.execute("INSERT INTO t VALUES (3)")
print(con.execute("SELECT x FROM t").fetchall(), con.in_transaction)
try:
    with con:
        con.execute("INSERT INTO t VALUES (4)")
        raise ValueError("boom")
except ValueError as e:
    print("rolled back after", e)
print(con.execute("SELECT x FROM t").fetchall())
con.isolation_level = None
con.execute("INSERT INTO t VALUES (5)")
print(con.in_transaction)
con.execute("BEGIN")
print(con.in_transaction)
con.execute("INSERT INTO t VALUES (6)")
con.execute("ROLLBACK")
print(con.in_transaction, con.execute("SELECT x FROM t").fetchall())
con.isolation_level = "IMMEDIATE"
con.execute("INSERT INTO t VALUES (7)")
print(con.in_transaction)
con.commit()
try:
    con.isolation_level = "BOGUS"
except ValueError as e:
    print("ValueError", e)
con.executescript("""
    CREATE TABLE u (y);
    INSERT INTO u VALUES (10);
    INSERT INTO u VALUES (20);
""")
print(con.execute("SELECT sum(y) FROM u").fetchone())
print(list(con.iterdump())[:3])
try:
    con.executescript("INSERT INTO u VALUES (30); INSERT INTO nope VALUES (1); INSERT INTO u VALUES (40);")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("SELECT y FROM u ORDER BY y").fetchall())
