# json: an int past sys.get_int_max_str_digits() is refused both ways; nesting past the recursion
# limit is a RecursionError; a default() that shortens the list being encoded ends it early.
import json
import sys
from json import decoder, encoder

# the limit is one per process on gilspy's test runner, where another program may have changed it
saved_limit = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(4300)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", type(r).__name__, repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)


show(json.loads, "1" * 4301)
show(json.loads, "[-" + "9" * 4301 + "]")
show(lambda: len(str(json.loads("1" * 4300))))
show(json.dumps, 10 ** 4300)
show(json.dumps, [10 ** 4299, -10 ** 30])
sys.set_int_max_str_digits(0)
show(lambda: len(json.dumps(json.loads("7" * 5000))))
sys.set_int_max_str_digits(4300)

show(json.loads, '{"a":' * 5000 + "1" + "}" * 5000)
show(json.loads, "[" * 5000 + "1" + "]" * 5000)
show(lambda: json.dumps(json.loads("[" * 200 + "1" + "]" * 200)) == "[" * 200 + "1" + "]" * 200)
deep = []
for _ in range(5000):
    deep = [deep]
show(json.dumps, deep)
deep = {}
for _ in range(5000):
    deep = {"k": deep}
show(json.dumps, deep)
show(json.dumps, deep, check_circular=False)
circular = []
circular.append(circular)
show(json.dumps, circular)
show(json.dumps, circular, check_circular=False)

items = [object()] * 10


def shorten(obj):
    del items[-1]


show(json.dumps, items, default=shorten)
show(encoder.c_make_encoder, 1, None, None, None, ": ", ", ", False, False, False)
show(decoder.scanstring, b"xxx", 1)
show(decoder.scanstring, '"abc"', 1)
sys.set_int_max_str_digits(saved_limit)
