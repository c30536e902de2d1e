# unittest over CPython's traceback.py: it cuts its own frames off a traceback (tb.tb_next = None),
# clears frames after assertRaises (frame.clear()), and reports failures with the cut chain
import io
import sys
import traceback
import unittest


class T(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(KeyError, {}.__getitem__, "k")

    def test_fails(self):
        self.assertEqual(1 + 1, 3)

    def test_errors(self):
        raise ValueError("boom")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, text in result.failures + result.errors:
    lines = [line for line in text.splitlines() if line.startswith("  File")]
    print(test.id().split(".")[-1], len(lines), text.splitlines()[-1])


def f():
    raise KeyError("x")


def g():
    f()


try:
    g()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next is tb.tb_next)
    tb.tb_next.tb_next = None
    print(len(traceback.extract_tb(tb)), [fs.name for fs in traceback.extract_tb(tb)])
    try:
        tb.tb_next = 5
    except TypeError as err:
        print("TypeError", err)
    try:
        tb.tb_next.tb_next = tb
    except ValueError as err:
        print("ValueError", err)
