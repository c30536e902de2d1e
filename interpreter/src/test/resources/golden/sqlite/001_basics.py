# create/insert/select, parameters (qmark and named), fetch*, iteration, description, rowcount, lastrowid
import sqlite3

print(sqlite3.sqlite_version_info >= (3, 7), sqlite3.paramstyle, sqlite3.apilevel)
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, score REAL, photo BLOB)")
print(cur.description, cur.rowcount)
cur.execute("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)", ("ann", 31, 4.5, b"\x00\x01"))
print("lastrowid", cur.lastrowid, "rowcount", cur.rowcount)
cur.execute("INSERT INTO people (name, age, score, photo) VALUES (:name, :age, :score, :photo)",
            {"name": "bob", "age": None, "score": 1e10, "photo": sqlite3.Binary(b"xyz")})
print("lastrowid", cur.lastrowid)
cur.execute("INSERT INTO people (name, age) VALUES (?, ?)", ["cé", True])
print(con.total_changes)
cur.execute("SELECT id, name, age, score, photo FROM people ORDER BY id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchall())
print(cur.fetchone())
for row in con.execute("SELECT name, length(name) FROM people WHERE id > ?", (1,)):
    print(row)
cur.arraysize = 2
cur.execute("SELECT id FROM people")
print(cur.fetchmany(), cur.fetchmany(5), cur.fetchmany())
cur.execute("UPDATE people SET age = age + 1 WHERE age IS NOT NULL")
print("updated", cur.rowcount)
cur.execute("SELECT 1 WHERE 0")
print(cur.description, cur.fetchall())
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('a'), typeof(x'00'), typeof(NULL)").fetchone())
print(con.execute("SELECT ?, ?, ?", (2**63 - 1, -0.0, "")).fetchone())
print(con.execute("SELECT :a || :b || :a", {"a": "x", "b": "y"}).fetchone())
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"),
      sqlite3.complete_statement("SELECT ';"))
cur.close()
try:
    cur.fetchone()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
con.close()
con.close()
