# CPython's json package over _json (gilspy: modules/JsonModule): outputs and error positions.
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CPY = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..', 'target', 'classes', 'dev', 'gilspy', 'interp', 'cpython'))
if os.path.isdir(os.path.join(CPY, 'json')):
    sys.path.insert(0, CPY)
try:
    import re
except Exception:
    sys.path.insert(0, os.path.join(HERE, '_jsonre'))  # gilspy without _sre yet
    sys.modules.pop('re', None)
import json, _json
print(json.decoder.c_scanstring is _json.scanstring, json.encoder.c_make_encoder is _json.make_encoder)
doc = {'b': [1, 2.5, -3e-7, 10**30, True, False, None], 'a': 'caf\xe9 \u2603 \U0001f600 "q" \\ \n\t\x01', 'c': {}, 'd': [], 'e': {'x': [[]]}}
for kw in [{}, {'ensure_ascii': False}, {'sort_keys': True}, {'separators': (',', ':')}, {'sort_keys': True, 'ensure_ascii': False}]:
    s = json.dumps(doc, **kw)
    print(s)
    print(json.loads(s) == doc)
print(json.dumps({1: 'i', 2.5: 'f', True: 't', None: 'n'}), json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan')]), json.dumps((1, (2,))))
print(json.dumps({'k': 1}, indent=2))
print(json.loads('{"a": 1, "a": 2, "b": [1, {"c": null}]}'), json.loads('  [1,2 , 3 ]  '))
print(json.loads('[1.5, 1e3, -0, 0.0, 123456789012345678901234567890, "\\u00e9\\ud83d\\ude00\\ud800x"]'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('"\\/\\b\\f\\n\\r\\t"'))
print(json.loads('{"x": 1.25, "y": 7}', parse_float=str, parse_int=lambda s: int(s) * 2))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('[-Infinity]', parse_constant=lambda c: 'C' + c), json.loads('"a\\tb"'), json.loads('"x\ty"', strict=False))
print(_json.scanstring('"abc\\n" rest', 1), _json.encode_basestring('a"\u20ac'), _json.encode_basestring_ascii('a"\u20ac\U0001f600'))
bad = ['', '[', '{', '[1', '[1,', '{"a"', '{"a":', '{"a":1', '{"a" 1}', '{1: 2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"',
       '"a\nb"', 'nul', '[1,]', '{"a":1,}', '-', '01', '1.', '[1] x', '{"a": [1, 2, {"b": tru}]}', '\ufeff[]', '"\\', '  ']
for b in bad:
    try:
        print(repr(b), json.loads(b))
    except json.JSONDecodeError as e:
        print(repr(b), 'JSONDecodeError:', e, e.pos, e.lineno, e.colno)
try:
    json.loads('[1,\n 2,\n x]')
except ValueError as e:
    print(e.msg, e.lineno, e.colno)
for bad in [[1, {2}], {'a': float('nan')}, {object(): 1}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E))
try:
    _json.encode_basestring_ascii(5)
except TypeError as e:
    print(e)
