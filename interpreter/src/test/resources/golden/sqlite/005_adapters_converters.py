# adapters and converters: PARSE_DECLTYPES, PARSE_COLNAMES, the date/datetime defaults, __conform__
import datetime
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def adapt_point(p):
    return f"{p.x};{p.y}"


def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("CREATE TABLE t (p point, d date, ts timestamp, n INTEGER)")
con.execute("INSERT INTO t VALUES (?, ?, ?, ?)",
            (Point(1, 2.5), datetime.date(2024, 2, 29), datetime.datetime(2001, 2, 3, 4, 5, 6, 789), 7))
con.execute("INSERT INTO t VALUES (?, ?, ?, ?)", (None, None, datetime.datetime(2001, 2, 3, 4, 5, 6), None))
for row in con.execute("SELECT p, d, ts, n FROM t"):
    print(row)
print(con.execute("SELECT p AS \"p [point]\", '2020-01-02' AS \"d [date]\"").fetchone())
cur = con.execute("SELECT n AS \"n [point]\" FROM t WHERE n IS NULL")
print(cur.description[0][0], cur.fetchall())
plain = sqlite3.connect(":memory:")
plain.execute("CREATE TABLE t (p point)")
plain.execute("INSERT INTO t VALUES (?)", (Point(3, 4),))
print(plain.execute("SELECT p FROM t").fetchone())


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


print(plain.execute("SELECT ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(5, 6)))
