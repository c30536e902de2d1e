import json

data = {"name": "gilspy", "version": 1, "ratio": 0.25, "tags": ["gil", "jvm"], "ok": True,
        "none": None, "nested": {"a": [1, 2.5, -3e20, {"b": []}], "e": {}}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, [2]], indent="\t"))
print(json.dumps("héllo \"q\" \\ \n\t\x01 😀"), json.dumps("héllo 😀", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}), json.dumps(float("inf")), json.dumps([float("nan")]))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(1.0))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([]), json.dumps({}), json.dumps("x"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
for bad in [lambda: json.dumps(Point(1, 2)), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(float("inf"), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))

text = json.dumps(data)
back = json.loads(text)
print(back == dict(data, t=[1, 2]), back["nested"]["a"][2], type(back["version"]).__name__)
print(json.loads('  {"a" : [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00\\n", "d": -0.5e-3, "e": 1E2} '))
print(json.loads("[true, false, null, NaN, Infinity, -Infinity, 0, -0, 12.0]"))
print(json.loads(b'{"bytes": 1}'), json.loads('"\\/\\b\\f"'), json.loads("123"), json.loads("[]"))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"x": 1, "x": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"\\x"', '"\\u12"',
            '[1] x', 'nul', '{"a": }', '-', '"a\nb"', '[', '{"a":1', '01']:
    try:
        json.loads(bad)
        print("no error for", repr(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('\n\n  [1,\n  x]'.replace("x", "2")), json.JSONDecoder().raw_decode('{"a": 1} tail'))
