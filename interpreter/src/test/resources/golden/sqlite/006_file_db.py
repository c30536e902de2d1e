# a file database in a temp dir: two connections, commit visibility, reopen, uri=True read-only
import os
import sqlite3
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    a = sqlite3.connect(path, timeout=1.0)
    a.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v)")
    a.executemany("INSERT INTO kv VALUES (?, ?)", ((str(i), i * i) for i in range(5)))
    b = sqlite3.connect(path)
    print("before commit", b.execute("SELECT count(*) FROM kv").fetchone())
    a.commit()
    print("after commit", b.execute("SELECT count(*) FROM kv").fetchone())
    a.close()
    b.close()
    print(os.path.exists(path), os.path.getsize(path) > 0)
    c = sqlite3.connect(path)
    print(c.execute("SELECT k, v FROM kv ORDER BY v DESC LIMIT 2").fetchall())
    c.close()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print(ro.execute("SELECT sum(v) FROM kv").fetchone())
    try:
        ro.execute("INSERT INTO kv VALUES ('x', 1)")
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
    ro.close()
    try:
        sqlite3.connect(os.path.join(d, "missing", "x.db"))
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
