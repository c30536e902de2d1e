# date vs datetime comparisons as CPython's (a subclass operand first; date.__eq__ called by name compares date parts),
# != from __eq__ with the subclass's first, and fromisoformat's separator rules (any character, ISO week dates)
from datetime import date, datetime, time
d = date(2020, 1, 1); dt = datetime(2020, 1, 1)
print(d != dt, dt != d, d == dt, dt == d, d.__eq__(dt), dt.__eq__(d), date.__eq__(d, dt), d.__ne__(date(2020,1,2)), d.__lt__(date(2021,1,1)), d.__eq__(5))
for f in (lambda: d < dt, lambda: dt < d, lambda: d >= dt):
    try: f()
    except TypeError as e: print("TypeError", e)
class SD(date): pass
class SDT(datetime): pass
print(d == SD(2020,1,1), SD(2020,1,1) == d, dt == SDT(2020,1,1), SDT(2020,1,1) == dt, SD(2020,1,1) != SDT(2020,1,1), sorted([date(2020,1,3), SD(2020,1,2), date(2020,1,1)]))
print(datetime.fromisoformat('2022W52520'), datetime.fromisoformat('2025W01503'), datetime.fromisoformat('2018-01-31\U0001F40D23:59:47.124789'), datetime.fromisoformat('2025-W01-1T10'))

class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", type(self).__name__, type(other).__name__)
        return isinstance(other, Base) and self.v == other.v
class Sub(Base):
    def __eq__(self, other):
        print("eq", type(self).__name__, type(other).__name__)
        return False
print(Base(1) != Sub(1), Sub(1) != Base(1), Base(1) != Base(1))

# renaming a class keeps its __qualname__ (unittest's load_tests suffixes both)
C = type('Z[x]', (), {})
C.__name__ += "_P"
C.__qualname__ += "_P"
print(C.__name__, C.__qualname__, C)
class D: pass
D.__name__ = "E"
print(D.__name__, D.__qualname__, D)
