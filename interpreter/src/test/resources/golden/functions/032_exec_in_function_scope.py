# exec() without namespaces inside a function sees the function's variables and binds into
# its locals() snapshot, not into the module; reading a cell variable before it is bound is an
# UnboundLocalError, a free variable a NameError; a code object with free variables is refused.
import sys

def run():
    a = 5
    exec("b = a * 2\nprint('inside exec', a, b)")
    print("b in locals:", locals().get("b"))
    exec("c = [n for n in range(a)]")
    print("c in locals:", locals().get("c"))

run()
print("b leaked into module:", "b" in globals())

def outer_reads_cell():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    def inner():
        return y
    y = 1
    return inner()

print(outer_reads_cell())

def inner_reads_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1

inner_reads_free()

def deleted_cell():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    def inner():
        return y

deleted_cell()

def make(x):
    return lambda: x + 1

for fn in (eval, exec):
    try:
        fn(make(3).__code__)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
