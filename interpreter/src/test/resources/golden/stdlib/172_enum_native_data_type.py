# A type of a native module (datetime.date is Java's _datetime here, C's in CPython) has __new__ in
# its own dict, so enum finds it as the data type of a mixed-in enum (test_enum's TestMinimalDate).
import enum
from datetime import date, timedelta

print('__new__' in date.__dict__, '__new__' in timedelta.__dict__, date.__new__(date, 2020, 1, 2))


class Day(date, enum.ReprEnum):
    NEW_YEAR = (2024, 1, 1)
    LEAP = (2024, 2, 29)


print(Day.NEW_YEAR, repr(Day.LEAP), Day._member_type_ is date, format(Day.LEAP, '%d.%m'))


class Span(timedelta, enum.Enum):
    DAY = (1,)
    WEEK = (7,)


print(Span.WEEK.days, Span.DAY < Span.WEEK, Span._member_type_ is timedelta)
