# How the traceback shows a SyntaxError raised with a place: the line, and carets from offset to
# end_offset (CPython's print_exception), and "SyntaxError: msg" after it.
import sys

cases = [
    ("bad.py", 1, 2, "abcdefg", 1, 7),
    ("bad.py", 1, 2, "abcdefg", 1, 3),
    ("bad.py", 1, 2, "abcdefg", 1, -2),
    ("bad.py", 1, 4, "abcdefg", 1, 2),
    ("bad.py", 1, -4, "abcdefg", 1, -2),
    ("bad.py", 1, 0, "abcdefg", 1, 5),
    ("bad.py", 1, 2, "abcdefg", 1, 100),
    ("bad.py", 1, 2, "  abcdefg\n", 1, 7),
    ("bad.py", 1, 5, "    abcdefg\n", 1, 8),
    ("bad.py", 1, 3, "ab\ncdefg\n", 2, 5),
    ("bad.py", 1, 5, "abc", None, None),
    ("bad.py", 2, 3, None, None, None),
    (None, 2, 3, "x = (", 2, 6),
]
sys.stderr = sys.stdout
for args in cases:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        sys.__excepthook__(*sys.exc_info())
