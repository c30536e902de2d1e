# A bytearray's iterator reads the bytearray live (appends while iterating are seen), stays
# exhausted once done, and its length hint and pickled position follow the live bytearray
import pickle

b = bytearray(b"ab")
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(x + 1)
print(out, b)

it = iter(b)
print(list(it), it.__length_hint__())
b.append(9)
print(list(it))

ba = bytearray(b"ab")
it = iter(ba)
next(it)
ba.clear()
print(list(it), it.__length_hint__())

ba = bytearray(b"xyz")
it = iter(ba)
print(it.__length_hint__(), next(it), it.__length_hint__())
del ba[:2]
print(it.__length_hint__(), list(it))

orig = bytearray(b"abc")
itorig = iter(orig)
next(itorig)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it, copy = pickle.loads(pickle.dumps((itorig, orig), proto))
    copy[:] = b"qwerty"
    print(proto, type(it) is type(itorig), list(it))
print(list(itorig), pickle.loads(pickle.dumps(itorig)).__reduce__()[1])
print(list(iter(b"bytes")), bytes(x for x in bytearray(b"gen")))
